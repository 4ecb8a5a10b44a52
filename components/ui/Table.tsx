// One accessible data table for the whole app: a caption (shown or for screen readers only), column
// headers with scope, the cell that names each row as a row header, figures right-aligned, and the
// focusable scroll region a phone and a keyboard need (TableRegion). Pages describe columns; the
// markup (DKFDS `table`, `table--compact`, `num`) is written here once.
import type { CSSProperties, ReactNode } from "react";
import { TableRegion } from "./TableRegion";

type DataAttributes = { [name: `data-${string}`]: string | number | undefined };

export type Column<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** A figure: right-aligned with tabular digits (class "num"), header included. */
  num?: boolean;
  /** The cell that names the row: `th scope="row"` instead of `td`. */
  rowHeader?: boolean;
  /** Attributes on each body cell of this column (a class, a data attribute tests look for). */
  cellProps?: { className?: string; style?: CSSProperties } & DataAttributes;
};

/**
 * A footer cell takes its kind (row header, figure) from the column it starts in. Empty content
 * gives a plain empty cell; `colSpan` lets a label such as "I alt" stretch over several columns.
 */
export type FooterCell = ReactNode | { content: ReactNode; colSpan?: number; testId?: string };

type Props<Row> = {
  caption: string;
  /** The caption for screen readers only (class sr-only), where a heading above already says it. */
  hideCaption?: boolean;
  /** The scroll region's name; the caption unless the page needs another. */
  label?: string;
  /** Columns; `false` leaves one out (e.g. an actions column the viewer may not use). */
  columns: readonly (Column<Row> | false)[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** Data attributes per body row, e.g. `data-expense-id`. */
  rowProps?: (row: Row) => DataAttributes;
  /** Footer rows, one entry per column (fewer where a cell spans). */
  footer?: readonly (readonly FooterCell[])[];
  /** Shown instead of the table when there are no rows; without it an empty table is drawn. */
  empty?: ReactNode;
  compact?: boolean;
  className?: string;
  regionClassName?: string;
  testId?: string;
};

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ") || undefined;

export function Table<Row>(props: Props<Row>) {
  const { caption, hideCaption, label, rows, rowKey, rowProps, footer, empty, compact = true } = props;
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  const columns = props.columns.filter((c): c is Column<Row> => c !== false);
  return (
    <TableRegion label={label ?? caption} className={props.regionClassName}>
      <table className={classes("table", compact && "table--compact", props.className)} data-testid={props.testId}>
        <caption className={hideCaption ? "sr-only" : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.key} className={c.num ? "num" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={rowKey(row, r)} {...rowProps?.(row)}>
              {columns.map((c) => {
                const { className, ...data } = c.cellProps ?? {};
                const cellProps = { className: classes(c.num && "num", className), ...data };
                return c.rowHeader ? (
                  <th scope="row" key={c.key} {...cellProps}>
                    {c.cell(row, r)}
                  </th>
                ) : (
                  <td key={c.key} {...cellProps}>
                    {c.cell(row, r)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {footer && footer.length > 0 && (
          <tfoot>
            {footer.map((cells, f) => (
              <tr key={f}>{footerCells(cells, columns)}</tr>
            ))}
          </tfoot>
        )}
      </table>
    </TableRegion>
  );
}

function footerCells<Row>(cells: readonly FooterCell[], columns: Column<Row>[]) {
  let at = 0;
  return cells.map((cell, i) => {
    const spec = typeof cell === "object" && cell !== null && "content" in cell ? cell : { content: cell };
    const column = columns[at];
    at += spec.colSpan ?? 1;
    const props = { colSpan: spec.colSpan, "data-testid": spec.testId };
    if (spec.content === null || spec.content === undefined || spec.content === "") return <td key={i} {...props} />;
    if (column?.rowHeader)
      return (
        <th scope="row" key={i} {...props}>
          {spec.content}
        </th>
      );
    return (
      <td key={i} className={column?.num ? "num" : undefined} {...props}>
        {spec.content}
      </td>
    );
  });
}
