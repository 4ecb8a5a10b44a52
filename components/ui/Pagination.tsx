import Link from "next/link";
import styles from "./pagination.module.css";

type Props = {
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
  previous: string;
  next: string;
  pageOf: string;
};

/** Previous / "page x of y" / next, as plain links so paging works without JavaScript. */
export function Pagination({ label, page, pages, href, previous, next, pageOf }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className={styles.pager}>
      <ul>
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev">
              {previous}
            </Link>
          </li>
        )}
        <li>{pageOf}</li>
        {page < pages && (
          <li>
            <Link href={href(page + 1)} rel="next">
              {next}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
