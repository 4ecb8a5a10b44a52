// The open data routes. Whoever calls — anonymous, a member, a token — gets the anonymous view: open
// data is what anyone may read (lib/open-data/queries.ts), so it may sit in shared caches.
import "server-only";
import { NextResponse } from "next/server";
import { env } from "../env";
import { AppError } from "../errors";
import { translator } from "../i18n/messages";
import { buildCatalog, OPEN_DATA_FILES, type CatalogTexts, type OpenDataFile } from "../open-data/catalog";
import { catalogPilots, openPilotData } from "../open-data/queries";
import { openDataJson, openDataTable } from "../open-data/tables";
import { requestOrigin } from "./origin";

import { parseId } from "../validation";
import { writeCsv } from "../exports/csv";
const PUBLIC_CACHE = { "Cache-Control": "public, max-age=300" };
const da = translator("da");
const en = translator("en");

const texts: CatalogTexts = {
  title: { da: da("openData.catalogTitle"), en: en("openData.catalogTitle") },
  description: { da: da("openData.catalogDescription"), en: en("openData.catalogDescription") },
  dataset: (p) => da("openData.datasetDescription", { problem: p.problem, hypothesis: p.hypothesis }),
  distribution: (p, what) =>
    da(
      what === "json"
        ? "openData.distributionJson"
        : what === "kpis.csv"
          ? "openData.distributionKpis"
          : what === "results.csv"
            ? "openData.distributionResults"
            : "openData.distributionLessons",
      { title: p.title },
    ),
};

export async function catalogResponse(req: Request) {
  const catalog = buildCatalog(await catalogPilots(), {
    origin: requestOrigin(req),
    licence: env.OPEN_DATA_LICENSE,
    publisher: env.OPEN_DATA_PUBLISHER,
    texts,
  });
  return new Response(JSON.stringify(catalog), {
    headers: { "Content-Type": "application/ld+json; charset=utf-8", ...PUBLIC_CACHE },
  });
}

async function openPilot(idSegment: string) {
  const id = parseId(idSegment);
  const pilot = id && (await openPilotData(id));
  if (!pilot) throw new AppError("NOT_FOUND", "errors.notFound");
  return pilot;
}

export async function openPilotResponse(req: Request, idSegment: string) {
  return NextResponse.json(openDataJson(await openPilot(idSegment), requestOrigin(req)), {
    headers: { ...PUBLIC_CACHE, Link: `<${env.OPEN_DATA_LICENSE}>; rel="license"` },
  });
}

/** The files are Danish, like the catalogue's datasets: Danish headers, decimal comma, `;` (lib/portfolio/export/csv.ts). */
export async function openPilotFileResponse(idSegment: string, file: string) {
  if (!(OPEN_DATA_FILES as readonly string[]).includes(file)) throw new AppError("NOT_FOUND", "errors.notFound");
  const pilot = await openPilot(idSegment);
  const body = writeCsv(openDataTable(pilot, file as OpenDataFile, da), "da");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="pilot-${pilot.id}-${file}"`,
      Link: `<${env.OPEN_DATA_LICENSE}>; rel="license"`,
      ...PUBLIC_CACHE,
    },
  });
}
