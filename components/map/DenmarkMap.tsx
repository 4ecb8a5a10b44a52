// The map of Denmark with a dot per municipality, sized and shaded by the pilots it takes part in.
// Drawn on the server as plain SVG: every dot is a link to the municipality's page, reachable by
// keyboard (an SVG <a> with href takes focus) and named for screen readers. The table beside it on
// the page is the text alternative; a skip link lets keyboard users pass the 98 dots.
import type { MunicipalityCount } from "@/lib/portfolio/types";
import { MAP_HEIGHT, MAP_WIDTH, projectedMap } from "./projection";
import styles from "./map.module.css";

export type MapLabels = {
  title: string;
  description: string;
  dot: (name: string, count: number) => string;
  bornholm: string;
  skip: string;
};

/** Three classes, each dot colour ≥ 3:1 against the land (WCAG 1.4.11), the class also told by size. */
export function dotClass(pilots: number): "none" | "some" | "many" {
  return pilots === 0 ? "none" : pilots < 3 ? "some" : "many";
}

export function dotRadius(pilots: number): number {
  return pilots === 0 ? 3.5 : Math.round((4 + 3 * Math.sqrt(pilots)) * 10) / 10;
}

export function DenmarkMap({
  counts,
  labels,
  tableId,
}: {
  counts: MunicipalityCount[];
  labels: MapLabels;
  tableId: string;
}) {
  const map = projectedMap();
  const byCode = new Map(counts.map((c) => [c.code, c]));
  // Small dots last, so a big neighbour never hides a small one's link.
  const seats = map.seats
    .map((s) => ({ ...s, m: byCode.get(s.code) }))
    .filter((s): s is typeof s & { m: MunicipalityCount } => !!s.m)
    .sort((a, b) => b.m.pilots - a.m.pilots || a.code - b.code);
  const [bx, by, bw, bh] = map.insetBox;
  return (
    <div className={styles.wrap}>
      <a href={`#${tableId}`} className={styles.skip}>
        {labels.skip}
      </a>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        className={styles.map}
        role="group"
        aria-labelledby="map-title"
        aria-describedby="map-desc"
        data-testid="denmark-map"
      >
        <title id="map-title">{labels.title}</title>
        <desc id="map-desc">{labels.description}</desc>
        <path d={map.land} className={styles.land} aria-hidden="true" />
        <g aria-hidden="true">
          <rect x={bx} y={by} width={bw} height={bh} className={styles.inset} />
          <path d={map.bornholm} className={styles.land} />
          <text x={bx + bw} y={by + bh + 14} textAnchor="end" className={styles.insetLabel}>
            {labels.bornholm}
          </text>
        </g>
        {seats.map((s) => {
          const name = labels.dot(s.m.name, s.m.pilots);
          return (
            <a
              key={s.code}
              href={`/kommuner/${s.code}`}
              aria-label={name}
              className={styles.link}
              data-code={s.code}
              data-pilots={s.m.pilots}
            >
              <title>{name}</title>
              <circle cx={s.x} cy={s.y} r={dotRadius(s.m.pilots)} className={styles[dotClass(s.m.pilots)]} />
            </a>
          );
        })}
      </svg>
    </div>
  );
}

export function MapLegend({ labels }: { labels: { legend: string; none: string; some: string; many: string } }) {
  const item = (cls: "none" | "some" | "many", pilots: number, text: string) => (
    <li>
      <svg width="28" height="28" aria-hidden="true" focusable="false">
        <circle cx="14" cy="14" r={dotRadius(pilots)} className={styles[cls]} />
      </svg>
      {text}
    </li>
  );
  return (
    <div className={styles.legend}>
      <h3 className="h5">{labels.legend}</h3>
      <ul className="nobullet-list">
        {item("none", 0, labels.none)}
        {item("some", 1, labels.some)}
        {item("many", 4, labels.many)}
      </ul>
    </div>
  );
}
