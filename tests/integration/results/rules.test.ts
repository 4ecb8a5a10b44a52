// The rules of the result log, KPIs and lessons on real PostgreSQL: the import is all or nothing,
// an ended pilot is read-only except its lessons (after a STOP as the gate engine makes it), a
// decided phase's log and a requested gate's target stay as the steering group saw them.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { logResult } from "../../../lib/results/log";
import { saveKpi } from "../../../lib/kpis/save";
import { addMeasurement, deleteMeasurement } from "../../../lib/kpis/measurements";
import { importMeasurements } from "../../../lib/kpis/import";
import { saveLesson } from "../../../lib/lessons/write";
import { getLessons } from "../../../lib/lessons/queries";
import { getKpiBoard } from "../../../lib/kpis/queries";
import { getResultLog, latestResults } from "../../../lib/results/queries";
import { buildPilot } from "../funding/builders";
import { writeGateLesson } from "../../../lib/gates/lessons";
import { requestGateReview } from "../../../lib/gates/request";
import { requestInput } from "../gates/fixtures";
import { decide, resultRows, runningPilot, seedResultsWorld, type ResultsWorld } from "./fixtures";

import { danishDay } from "../../../lib/dates";
let db: Database;
let w: ResultsWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedResultsWorld(db.prisma);
});

const today = danishDay(new Date());
const kpi = (pilotId: number, targets: Record<number, number | null> = {}) => ({
  pilotId,
  name: "Energiforbrug",
  unit: "kWh",
  baseline: 100,
  direction: "LOWER_IS_BETTER" as const,
  benefitKind: "CO2E_AVOIDED" as const,
  targets,
});
const lesson = {
  title: "Data skal ejes",
  whatWeDid: "Købte en platform.",
  whatWeLearned: "Leverandøren ejede data.",
  wouldDoDifferently: "Skrive dataejerskab i kontrakten.",
  tags: ["kontrakt"],
};
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e) => e,
  );

describe("the CSV import", () => {
  it("imports nothing when one row is bad, names its row and column, and everything once it is fixed", async () => {
    const p = await runningPilot(db.prisma, w);
    const { id: kpiId } = await saveKpi(w.users.lead, kpi(p.id));
    const before = await resultRows(db.prisma);
    const err = await failure(
      importMeasurements(w.users.lead, kpiId, "dato;værdi;note\n2026-01-05;98,5\n2026-01-12;9x\n2026-01-19;95;ok\n"),
    );
    expect(err).toMatchObject({
      code: "BAD_REQUEST",
      messageKey: "results.csv.rejected",
      extra: { params: { count: 1, row: 3, column: 2 } },
    });
    expect(await resultRows(db.prisma)).toEqual(before);

    const r = await importMeasurements(
      w.users.lead,
      kpiId,
      "dato;værdi;note\n2026-01-05;98,5\n2026-01-12;97\n2026-01-19;95;ok\n",
    );
    expect(r).toEqual({ imported: 3, alreadyStored: 0 });
    const rows = await db.prisma.kpiMeasurement.findMany({ where: { kpiId }, orderBy: { measuredAt: "asc" } });
    expect(rows.map((m) => [m.value, m.source, m.note, m.createdById])).toEqual([
      [98.5, "IMPORT", null, w.users.lead.id],
      [97, "IMPORT", null, w.users.lead.id],
      [95, "IMPORT", "ok", w.users.lead.id],
    ]);
    expect((await resultRows(db.prisma)).audit - before.audit).toBe(1);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "Kpi", entityId: String(kpiId), action: "import-measurements" },
    });
    expect(audit.after).toEqual({ imported: 3, alreadyStored: 0, from: "2026-01-05", to: "2026-01-19" });
  });

  it("adds only the new rows of a longer export, refuses a file with nothing new, and a changed stored value", async () => {
    const p = await runningPilot(db.prisma, w);
    const { id: kpiId } = await saveKpi(w.users.lead, kpi(p.id));
    await importMeasurements(w.users.lead, kpiId, "2026-01-05;98\n");
    expect(await importMeasurements(w.users.lead, kpiId, "2026-01-05;98\n2026-01-12;97\n")).toEqual({
      imported: 1,
      alreadyStored: 1,
    });
    await expect(importMeasurements(w.users.lead, kpiId, "2026-01-05;98\n")).rejects.toMatchObject({
      messageKey: "results.csv.nothingNew",
    });
    const err = await failure(importMeasurements(w.users.lead, kpiId, "2026-01-12;90\n"));
    expect(err.extra.details.errors).toEqual([
      { row: 1, column: 2, field: "value", code: "conflict", params: { stored: 97 } },
    ]);
    expect(await db.prisma.kpiMeasurement.count({ where: { kpiId } })).toBe(2);
  });

  it("refuses more than 10,000 rows without writing any", async () => {
    const p = await runningPilot(db.prisma, w);
    const { id: kpiId } = await saveKpi(w.users.lead, kpi(p.id));
    const rows = Array.from(
      { length: 10_001 },
      (_, i) => `${new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString()};${i}`,
    ).join("\n");
    await expect(importMeasurements(w.users.lead, kpiId, rows)).rejects.toMatchObject({
      messageKey: "results.csv.file.tooManyRows",
    });
    expect(await db.prisma.kpiMeasurement.count({ where: { kpiId } })).toBe(0);
    expect(await importMeasurements(w.users.lead, kpiId, rows.split("\n").slice(0, 10_000).join("\n"))).toEqual({
      imported: 10_000,
      alreadyStored: 0,
    });
  });
});

describe("an ended pilot", () => {
  it("after a STOP refuses results, KPIs and measurements with a plain reason, and takes its stop report and lessons", async () => {
    const p = await runningPilot(db.prisma, w);
    const { id: kpiId } = await saveKpi(w.users.lead, kpi(p.id, { [p.phaseId]: 80 }));
    const m = await addMeasurement(w.users.lead, { kpiId, date: today, value: 90 });
    const { decisionId } = await decide(db.prisma, w, p.phaseId, "STOP");
    const before = await resultRows(db.prisma);
    const refused = [
      logResult(w.users.lead, { phaseId: p.phaseId, kind: "RISK", occurredOn: today, title: "For sent" }),
      saveKpi(w.users.lead, kpi(p.id)),
      saveKpi(w.users.lead, { ...kpi(p.id), kpiId, name: "Andet navn" }),
      addMeasurement(w.users.lead, { kpiId, date: "2026-01-01", value: 1 }),
      deleteMeasurement(w.users.lead, m.id),
      importMeasurements(w.users.lead, kpiId, "2026-01-02;1\n"),
    ];
    for (const err of await Promise.all(refused.map(failure)))
      expect(err).toMatchObject({ code: "CONFLICT", messageKey: "results.errors.pilotEnded" });
    expect(await resultRows(db.prisma)).toEqual(before);

    // The stop report is owed until the gate's own form writes it; here it can then be read and edited.
    expect((await getLessons(w.users.lead, p.id))!.owed).toMatchObject([{ decisionId, outcome: "STOP" }]);
    const { lessonId } = await writeGateLesson(w.users.lead, { decisionId, ...lesson, tags: ["stop"] });
    expect((await getLessons(w.users.lead, p.id))!.owed).toEqual([]);
    await saveLesson(w.users.lead, { pilotId: p.id, lessonId, ...lesson, title: "Dataejerskab først" });
    const edited = await db.prisma.lesson.findUniqueOrThrow({ where: { id: lessonId } });
    expect(edited).toMatchObject({ kind: "STOP_REPORT", phaseId: p.phaseId, title: "Dataejerskab først" });
    expect((await getLessons(w.users.lead, p.id))!.owed).toEqual([]); // editing keeps it the gate's answer
    const extra = await saveLesson(w.users.lead, { pilotId: p.id, ...lesson });
    expect(await db.prisma.lesson.findUniqueOrThrow({ where: { id: extra.id } })).toMatchObject({
      kind: "LESSON",
      phaseId: null,
      authorId: w.users.lead.id,
    });
  });

  it("once adopted is read-only the same way, lessons still welcome", async () => {
    const p = await runningPilot(db.prisma, w);
    await db.prisma.pilot.update({ where: { id: p.id }, data: { status: "ADOPTED" } });
    await expect(
      logResult(w.users.lead, { phaseId: p.phaseId, kind: "MILESTONE", occurredOn: today, title: "I drift" }),
    ).rejects.toMatchObject({ messageKey: "results.errors.pilotEnded" });
    await expect(saveKpi(w.users.lead, kpi(p.id))).rejects.toMatchObject({ messageKey: "results.errors.pilotEnded" });
    await expect(saveLesson(w.users.lead, { pilotId: p.id, ...lesson })).resolves.toMatchObject({ kind: "LESSON" });
  });

  it("lists a lesson of another pilot as not found, and a lesson's text limits as field messages", async () => {
    const a = await runningPilot(db.prisma, w);
    const b = await runningPilot(db.prisma, w);
    const l = await saveLesson(w.users.lead, { pilotId: a.id, ...lesson });
    await expect(saveLesson(w.users.lead, { pilotId: b.id, lessonId: l.id, ...lesson })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      saveLesson(w.users.lead, { pilotId: a.id, ...lesson, whatWeLearned: " ", tags: ["x".repeat(41)] }),
    ).rejects.toMatchObject({
      fields: { whatWeLearned: "results.errors.lessonFieldRequired", tags: "results.errors.tagTooLong" },
    });
  });
});

describe("the result log and targets", () => {
  it("checks links and dates beside their fields, names unnamed links by their address, and keeps the newest first", async () => {
    const p = await runningPilot(db.prisma, w);
    const err = await failure(
      logResult(w.users.lead, {
        phaseId: p.phaseId,
        kind: "MILESTONE",
        occurredOn: "2099-01-01",
        title: "",
        links: [
          { label: "", url: "javascript:alert(1)" },
          { label: "Kode", url: "" },
        ],
      }),
    );
    expect(err.fields).toEqual({
      occurredOn: "results.errors.dateFuture",
      title: "results.errors.titleRequired",
      link_1_url: "results.errors.linkUrlInvalid",
      link_2_url: "results.errors.linkUrlRequired",
    });
    await logResult(w.users.lead, {
      phaseId: p.phaseId,
      kind: "MEASUREMENT",
      occurredOn: "2026-01-02",
      title: "Første måling",
      links: [{ label: "", url: "https://github.com/os2/sensor" }],
    });
    const row = await db.prisma.resultEntry.findFirstOrThrow({ where: { phaseId: p.phaseId } });
    expect(row.links).toEqual([{ label: "github.com/os2/sensor", url: "https://github.com/os2/sensor" }]);
  });

  it("closes a phase's log and fixes its targets once its gate is asked for; a planned phase's target stays open", async () => {
    const p = await runningPilot(db.prisma, w);
    const { id: kpiId } = await saveKpi(w.users.lead, kpi(p.id, { [p.phaseId]: 80 }));
    await requestGateReview(w.users.lead, requestInput(p.phaseId, { requestedGrant: 100_000 }));
    await logResult(w.users.lead, {
      phaseId: p.phaseId,
      kind: "LEARNING",
      occurredOn: today,
      title: "Logget mens gaten venter",
    });
    const err = await failure(saveKpi(w.users.lead, { ...kpi(p.id, { [p.phaseId]: 95 }), kpiId }));
    expect(err).toMatchObject({ code: "CONFLICT", fields: { [`target_${p.phaseId}`]: "results.errors.targetLocked" } });
    await saveKpi(w.users.lead, {
      ...kpi(p.id, { [p.phaseId]: 80, [p.phase("DEMONSTRATION")]: 60 }),
      kpiId,
      unit: "MWh",
    });
    const board = (await getKpiBoard(w.users.member, p.id))!;
    expect(board.kpis[0]).toMatchObject({
      unit: "MWh",
      targets: expect.arrayContaining([
        { phaseId: p.phaseId, target: 80 },
        { phaseId: p.phase("DEMONSTRATION"), target: 60 },
      ]),
    });
    expect(board.canRecord).toBe(false);
  });

  it("after a GO, the decided phase's log is closed and the next phase's is open", async () => {
    const p = await runningPilot(db.prisma, w);
    await decide(db.prisma, w, p.phaseId, "GO");
    const entry = (phaseId: number) => ({
      phaseId,
      kind: "MILESTONE" as const,
      occurredOn: today,
      title: "Efter gaten",
    });
    await expect(logResult(w.users.lead, entry(p.phaseId))).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { phaseId: "results.errors.phaseClosed" },
    });
    await expect(logResult(w.users.lead, entry(p.phase("DEMONSTRATION")))).resolves.toMatchObject({
      id: expect.any(Number),
    });
  });

  it("refuses a second manual measurement on the same day beside the date", async () => {
    const p = await runningPilot(db.prisma, w);
    const { id: kpiId } = await saveKpi(w.users.lead, kpi(p.id));
    await addMeasurement(w.users.lead, { kpiId, date: "2026-01-10", value: 99 });
    await expect(addMeasurement(w.users.lead, { kpiId, date: "2026-01-10", value: 98 })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { date: "results.errors.measurementExists" },
    });
  });
});

describe("reading", () => {
  it("shows a draft's results, KPIs and lessons to its team and secretariat only: to an outsider it does not exist", async () => {
    const p = await buildPilot(db.prisma, { communityId: w.gtm, lead: w.users.lead, status: "DRAFT" });
    await saveKpi(w.users.lead, kpi(p.id));
    await saveLesson(w.users.lead, { pilotId: p.id, ...lesson });
    for (const who of [w.users.lead, w.users.secretariat]) {
      expect((await getKpiBoard(who, p.id))!.kpis).toHaveLength(1);
      expect((await getLessons(who, p.id))!.lessons).toHaveLength(1);
      expect(await getResultLog(who, p.id)).not.toBeNull();
    }
    for (const who of [w.users.member, w.users.otherLead, w.users.otherCommunity, w.users.otherSecretariat, null]) {
      expect(await getKpiBoard(who, p.id)).toBeNull();
      expect(await getLessons(who, p.id)).toBeNull();
      expect(await getResultLog(who, p.id)).toBeNull();
      expect(await latestResults(who, p.id)).toEqual([]);
    }
  });

  it("shows a running pilot's log to every signed-in member, newest first, with the form for its lead only", async () => {
    const p = await runningPilot(db.prisma, w);
    for (const [day, title] of [
      ["2026-01-02", "Første"],
      ["2026-03-04", "Tredje"],
      ["2026-02-03", "Anden"],
    ])
      await logResult(w.users.lead, { phaseId: p.phaseId, kind: "MILESTONE", occurredOn: day, title });
    const log = (await getResultLog(w.users.otherCommunity, p.id))!;
    expect(log.phases.find((x) => x.id === p.phaseId)!.results.map((r) => r.title)).toEqual([
      "Tredje",
      "Anden",
      "Første",
    ]);
    expect(log.canRecord).toBe(false);
    expect((await getResultLog(w.users.lead, p.id))!.canRecord).toBe(true);
  });
});
