// A public pilot's open data as tables (the shape lib/portfolio/export's CSV writer takes) and as one
// JSON document. Machine-readable first: ISO times and days, enum words in lower case, every
// measurement with its source, device and flag, so a reuser can drop the flagged ones.
import type { Translate } from "../i18n/messages";
import type { OpenDataFile } from "./catalog";
import type { OpenPilotData } from "./queries";

import type { Cell, Table } from "../exports/table";
const lower = (s: string) => s.toLowerCase();
const day = (d: Date) => d.toISOString().slice(0, 10);
type Link = { label?: string; url: string };
const links = (v: unknown) => (Array.isArray(v) ? (v as Link[]).map((l) => l.url).join(" ") : "");

export function openDataTable(p: OpenPilotData, file: OpenDataFile, t: Translate): Table {
  const col = (key: Parameters<Translate>[0], kind: Table["columns"][number]["kind"] = "text") => ({
    header: t(key),
    kind,
  });
  const yesNo = (b: boolean) => t(b ? "openData.col.yes" : "openData.col.no");
  if (file === "kpis.csv") {
    const rows: Cell[][] = p.kpis.flatMap((k) =>
      k.measurements.map((m) => [
        k.name,
        k.unit,
        m.measuredAt.toISOString(),
        m.value,
        lower(m.source),
        m.deviceId,
        yesNo(m.flagged),
      ]),
    );
    return {
      name: "kpis",
      columns: [
        col("openData.col.kpi"),
        col("openData.col.unit"),
        col("openData.col.measuredAt"),
        col("openData.col.value", "decimal"),
        col("openData.col.source"),
        col("openData.col.device"),
        col("openData.col.flagged"),
      ],
      rows,
    };
  }
  if (file === "results.csv") {
    const rows: Cell[][] = p.phases.flatMap((ph) =>
      ph.results.map((r) => [day(r.occurredOn), lower(ph.kind), lower(r.kind), r.title, r.body, links(r.links)]),
    );
    return {
      name: "results",
      columns: [
        col("openData.col.occurredOn", "date"),
        col("openData.col.phase"),
        col("openData.col.kind"),
        col("openData.col.title"),
        col("openData.col.body"),
        col("openData.col.links"),
      ],
      rows,
    };
  }
  const rows: Cell[][] = p.lessons.map((l) => [
    day(l.createdAt),
    l.phase ? lower(l.phase.kind) : null,
    lower(l.kind),
    l.title,
    l.whatWeDid,
    l.whatWeLearned,
    l.wouldDoDifferently,
    l.tags.join(", "),
  ]);
  return {
    name: "lessons",
    columns: [
      col("openData.col.occurredOn", "date"),
      col("openData.col.phase"),
      col("openData.col.kind"),
      col("openData.col.title"),
      col("openData.col.did"),
      col("openData.col.learned"),
      col("openData.col.differently"),
      col("openData.col.tags"),
    ],
    rows,
  };
}

export function openDataJson(p: OpenPilotData, origin: string) {
  return {
    pilotId: p.id,
    title: p.title,
    url: `${origin}/piloter/${p.id}`,
    modified: p.updatedAt.toISOString(),
    kpis: p.kpis.map((k) => ({
      name: k.name,
      unit: k.unit,
      baseline: k.baseline,
      direction: lower(k.direction),
      benefitKind: lower(k.benefitKind),
      measurements: k.measurements.map((m) => ({
        measuredAt: m.measuredAt.toISOString(),
        value: m.value,
        source: lower(m.source),
        deviceId: m.deviceId,
        flagged: m.flagged,
      })),
    })),
    results: p.phases.flatMap((ph) =>
      ph.results.map((r) => ({
        occurredOn: day(r.occurredOn),
        phase: lower(ph.kind),
        kind: lower(r.kind),
        title: r.title,
        body: r.body,
        links: (Array.isArray(r.links) ? (r.links as Link[]) : []).map((l) => ({ label: l.label ?? "", url: l.url })),
      })),
    ),
    lessons: p.lessons.map((l) => ({
      date: day(l.createdAt),
      phase: l.phase ? lower(l.phase.kind) : null,
      kind: lower(l.kind),
      title: l.title,
      whatWeDid: l.whatWeDid,
      whatWeLearned: l.whatWeLearned,
      wouldDoDifferently: l.wouldDoDifferently,
      tags: l.tags,
    })),
  };
}
