// The box every chart stands in. recharts (~120 kB gzip) is not first-load JavaScript: each chart
// loads its plot after the page (next/dynamic, not server-rendered — ResponsiveContainer measures its
// box, so it drew nothing on the server anyway), and this box of the chart's height holds the space
// meanwhile, so nothing shifts when it arrives. To assistive technology the chart is one labelled
// image; the table beside it carries the numbers.
import type { ReactNode } from "react";
import styles from "./charts.module.css";

type Props = {
  label: string;
  height: number;
  caption?: { title: string; description: string };
  children: ReactNode;
  footer?: ReactNode;
};

export function ChartFrame({ label, height, caption, children, footer }: Props) {
  return (
    <figure className={styles.figure}>
      {caption && (
        <figcaption>
          <strong>{caption.title}</strong>
          <br />
          {caption.description}
        </figcaption>
      )}
      <div role="img" aria-label={label} style={{ width: "100%", height }}>
        {children}
      </div>
      {footer}
    </figure>
  );
}
