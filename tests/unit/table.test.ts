// The shared table component (components/ui/Table.tsx) renders the markup the pages used to write
// by hand: the e2e suite and the axe scans rely on the caption, the scopes and the classes.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Table, type Column } from "@/components/ui/Table";
import { DataTable } from "@/components/charts/DataTable";

type Pilot = { id: number; title: string; kroner: number };
const pilots: Pilot[] = [
  { id: 7, title: "Robotstøvsuger", kroner: 1250000 },
  { id: 9, title: "Sensorer", kroner: 400 },
];
const columns: (Column<Pilot> | false)[] = [
  { key: "title", header: "Pilot", rowHeader: true, cell: (p) => p.title },
  false,
  { key: "kroner", header: "Beløb", num: true, cell: (p) => `${p.kroner} kr.`, cellProps: { "data-col": "kroner" } },
];
const render = (props: Partial<Parameters<typeof Table<Pilot>>[0]>) =>
  renderToStaticMarkup(
    createElement(Table<Pilot>, { caption: "Piloter", columns, rows: pilots, rowKey: (p) => p.id, ...props }),
  );

describe("Table", () => {
  it("wraps a compact table with a caption in a named, focusable scroll region", () => {
    const html = render({});
    expect(html).toMatch(
      /^<div class="table-wrap" role="region" aria-label="Piloter" tabindex="0"><table class="table table--compact">/,
    );
    expect(html).toContain("<caption>Piloter</caption>");
    expect(render({ hideCaption: true, label: "Alle piloter", compact: false })).toMatch(
      /aria-label="Alle piloter" tabindex="0"><table class="table"><caption class="sr-only">Piloter<\/caption>/,
    );
  });

  it("gives headers a scope, names each row by its row-header cell and right-aligns figures", () => {
    const html = render({ rowProps: (p) => ({ "data-pilot-id": p.id }) });
    expect(html).toContain('<thead><tr><th scope="col">Pilot</th><th scope="col" class="num">Beløb</th></tr></thead>');
    expect(html).toContain(
      '<tr data-pilot-id="7"><th scope="row">Robotstøvsuger</th><td class="num" data-col="kroner">1250000 kr.</td></tr>',
    );
    expect(html.match(/<tr data-pilot-id/g)).toHaveLength(2);
  });

  it("draws footer cells by the column they start in: row header, figure, span, empty", () => {
    const html = render({
      footer: [
        [
          { content: "I alt", colSpan: 1 },
          { content: "1250400 kr.", testId: "sum" },
        ],
        [null, { content: null, colSpan: 1 }],
      ],
    });
    expect(html).toContain(
      '<tfoot><tr><th scope="row" colSpan="1">I alt</th><td class="num" data-testid="sum">1250400 kr.</td></tr><tr><td></td><td colSpan="1"></td></tr></tfoot>',
    );
    expect(render({})).not.toContain("<tfoot>");
  });

  it("says the empty message instead of drawing an empty table, when it has one", () => {
    expect(render({ rows: [], empty: "Ingen piloter." })).toBe("<p>Ingen piloter.</p>");
    expect(render({ rows: [] })).toContain("<tbody></tbody>");
  });
});

describe("DataTable", () => {
  it("renders the export table model: first column as linked row header, figures formatted and aligned, footer", () => {
    const table = {
      name: "Penge",
      columns: [
        { header: "Pilot", kind: "text" as const },
        { header: "Bevilget", kind: "kroner" as const },
      ],
      rows: [["Robotstøvsuger", 1250000]],
      links: ["/piloter/7"],
      footer: ["I alt", 1250000],
    };
    const html = renderToStaticMarkup(createElement(DataTable, { table, locale: "da", testId: "table-money" }));
    expect(html).toContain('<table class="table" data-testid="table-money"><caption>Penge</caption>');
    expect(html).toContain(
      '<tr><th scope="row"><a href="/piloter/7">Robotstøvsuger</a></th><td class="num">1.250.000 kr.</td></tr>',
    );
    expect(html).toContain('<tfoot><tr><th scope="row">I alt</th><td class="num">1.250.000 kr.</td></tr></tfoot>');
  });
});
