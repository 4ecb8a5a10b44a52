// The procurement pack as an A4 PDF, written on the server with pdfkit (no browser needed): IBM Plex
// Sans from the design system (OFL) is embedded, so æ, ø and å print and copy as themselves; the
// demand table repeats its header on every page it runs onto.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { allRows, type Cell } from "../exports/table";
import type { Locale } from "../i18n/locales";
import { formatNumber } from "../format";
import type { PackDocument } from "./document";

const FONT_DIR = path.join(process.cwd(), "node_modules", "dkfds", "src", "fonts", "IBMPlexSans", "complete", "ttf");
let fonts: { regular: Buffer; bold: Buffer } | null = null;
const loadFonts = () =>
  (fonts ??= {
    regular: readFileSync(path.join(FONT_DIR, "IBMPlexSans-Regular.ttf")),
    bold: readFileSync(path.join(FONT_DIR, "IBMPlexSans-SemiBold.ttf")),
  });

const MARGIN = 56; // 2 cm
const WIDTHS = [0.26, 0.16, 0.18, 0.1, 0.13, 0.17]; // of the text width, per demand column

export async function packPdf(doc: PackDocument, locale: Locale): Promise<Buffer> {
  const f = loadFonts();
  const pdf = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: { Title: `${doc.title}: ${doc.subtitle}`, Author: "Innovationsmotor" },
    lang: locale === "da" ? "da-DK" : "en-GB",
    bufferPages: true,
  });
  pdf.registerFont("Plex", f.regular);
  pdf.registerFont("Plex-Bold", f.bold);
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));
  const width = pdf.page.width - 2 * MARGIN;
  const bottom = () => pdf.page.height - MARGIN;
  const heading = (text: string) => {
    if (pdf.y > bottom() - 60) pdf.addPage();
    pdf.moveDown(0.8).font("Plex-Bold").fontSize(13).fillColor("#1a1a1a").text(text, MARGIN, pdf.y, { width });
    pdf.moveDown(0.3).font("Plex").fontSize(10);
  };

  pdf.font("Plex-Bold").fontSize(20).text(doc.title, { width });
  pdf.font("Plex").fontSize(14).text(doc.subtitle, { width });
  pdf.moveDown(0.6).fontSize(10);
  for (const [k, v] of doc.facts) pdf.font("Plex-Bold").text(`${k}: `, { continued: true }).font("Plex").text(v);

  heading(doc.demand.name);
  const cell = (v: Cell, i: number) =>
    v === null
      ? ""
      : typeof v === "number" && doc.demand.columns[i].kind === "count"
        ? formatNumber(v, locale)
        : String(v);
  const row = (cells: string[], bold: boolean) => {
    const heights = cells.map((c, i) =>
      pdf
        .font(bold ? "Plex-Bold" : "Plex")
        .fontSize(9)
        .heightOfString(c, { width: WIDTHS[i] * width - 6 }),
    );
    const h = Math.max(...heights) + 6;
    if (pdf.y + h > bottom()) return false;
    const y = pdf.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      const w = WIDTHS[i] * width;
      const numeric = ["count", "id"].includes(doc.demand.columns[i].kind);
      pdf
        .font(bold ? "Plex-Bold" : "Plex")
        .fontSize(9)
        .text(c, x + 3, y + 3, { width: w - 6, align: numeric ? "right" : "left" });
      x += w;
    });
    pdf
      .moveTo(MARGIN, y + h)
      .lineTo(MARGIN + width, y + h)
      .lineWidth(0.5)
      .strokeColor("#999999")
      .stroke();
    pdf.y = y + h;
    return true;
  };
  const header = doc.demand.columns.map((c) => c.header);
  row(header, true);
  for (const r of allRows(doc.demand)) {
    const cells = r.map(cell);
    const isTotal = r === doc.demand.footer;
    if (!row(cells, isTotal)) {
      pdf.addPage();
      row(header, true);
      row(cells, isTotal);
    }
  }
  pdf.x = MARGIN;

  heading(doc.route.heading);
  pdf.font("Plex-Bold").text(doc.route.name, MARGIN, pdf.y, { width });
  if (doc.route.description) pdf.font("Plex").text(doc.route.description, { width });

  heading(doc.recommendation.heading);
  pdf.font("Plex").text(doc.recommendation.text, MARGIN, pdf.y, { width });
  if (doc.recommendation.note) pdf.fillColor("#595959").text(doc.recommendation.note, { width }).fillColor("#1a1a1a");

  heading(doc.requirements.heading);
  if (doc.requirements.items.length === 0) pdf.text(doc.requirements.none, MARGIN, pdf.y, { width });
  doc.requirements.items.forEach((r, i) => {
    pdf.font("Plex-Bold").text(`${i + 1}. ${r.title}`, MARGIN, pdf.y, { width });
    pdf.font("Plex").text(r.text, { width });
    pdf.fillColor("#595959").text(r.source, { width }).fillColor("#1a1a1a").moveDown(0.4);
  });
  if (doc.notes) {
    heading(doc.notes.heading);
    pdf.font("Plex").text(doc.notes.text, MARGIN, pdf.y, { width });
  }
  // Page numbers, written once every page exists.
  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    // Text below the bottom margin would start a new page: the footer is written with none.
    pdf.page.margins.bottom = 0;
    pdf
      .font("Plex")
      .fontSize(8)
      .fillColor("#595959")
      .text(`${doc.subtitle} · ${i + 1}/${range.count}`, MARGIN, pdf.page.height - MARGIN + 16, {
        width,
        align: "right",
        lineBreak: false,
      });
  }
  pdf.end();
  return done;
}
