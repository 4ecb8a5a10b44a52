// Every result, KPI and lesson mutation × every kind of user: allowed for the pilot's own lead (and
// a platform administrator) only; a pilot the user cannot see is a 404, one they can see but do not
// lead a 403, signed out a 401. An allowed change leaves exactly one audit row; a refusal not one row.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { logResult } from "../../../lib/results/log";
import { saveKpi } from "../../../lib/kpis/save";
import { addMeasurement, deleteMeasurement } from "../../../lib/kpis/measurements";
import { importMeasurements } from "../../../lib/kpis/import";
import { saveLesson } from "../../../lib/lessons/write";
import { buildPilot } from "../funding/builders";
import { resultRows, runningPilot, seedResultsWorld, type ResultsWorld } from "./fixtures";

import { danishDay } from "../../../lib/dates";
let db: Database;
let w: ResultsWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedResultsWorld(db.prisma);
});

const today = danishDay(new Date());
const PEOPLE = [
  "lead",
  "otherLead",
  "secretariat",
  "steering",
  "member",
  "otherCommunity",
  "otherSecretariat",
  "admin",
  "nobody",
] as const;
type Who = (typeof PEOPLE)[number];
type Mutation = (u: SessionUser | null) => Promise<unknown>;
/** `draft`: only the lead, the community's secretariat and administrators see the pilot at all. */
type Case = { name: string; draft?: boolean; prepare: () => Promise<Mutation> };

const kpiInput = (pilotId: number, targets: Record<number, number | null> = {}) => ({
  pilotId,
  name: "Varsel før oversvømmelse",
  unit: "timer",
  baseline: 2,
  direction: "HIGHER_IS_BETTER" as const,
  benefitKind: "QUALITY" as const,
  targets,
});
const lessonInput = (pilotId: number) => ({
  pilotId,
  title: "Sensorer kræver strøm",
  whatWeDid: "Satte 12 sensorer op.",
  whatWeLearned: "Batterierne holdt 3 måneder.",
  wouldDoDifferently: "Vælge sensorer med fast strøm.",
  tags: ["IoT", "vand"],
});

async function pilotWithKpi() {
  const p = await runningPilot(db.prisma, w);
  const kpi = await saveKpi(w.users.lead, kpiInput(p.id, { [p.phaseId]: 6 }));
  return { ...p, kpiId: kpi.id };
}

async function stoppedPilot() {
  const p = await runningPilot(db.prisma, w);
  await db.prisma.pilot.update({ where: { id: p.id }, data: { status: "STOPPED" } });
  return p;
}

const CASES: Case[] = [
  {
    name: "logResult",
    prepare: async () => {
      const p = await runningPilot(db.prisma, w);
      return (u) =>
        logResult(u, {
          phaseId: p.phaseId,
          kind: "MILESTONE",
          occurredOn: today,
          title: "Sensorer sat op",
          links: [{ label: "Data", url: "https://data.example.dk/gudenaa" }],
        });
    },
  },
  {
    name: "saveKpi (new)",
    prepare: async () => {
      const p = await runningPilot(db.prisma, w);
      return (u) => saveKpi(u, kpiInput(p.id, { [p.phaseId]: 6, [p.phase("DEMONSTRATION")]: 8 }));
    },
  },
  {
    name: "saveKpi (new, on a draft)",
    draft: true,
    prepare: async () => {
      const p = await buildPilot(db.prisma, { communityId: w.gtm, lead: w.users.lead, status: "DRAFT" });
      return (u) => saveKpi(u, kpiInput(p.id, { [p.phases[0].id]: 6 }));
    },
  },
  {
    name: "saveKpi (edit)",
    prepare: async () => {
      const p = await pilotWithKpi();
      return (u) => saveKpi(u, { ...kpiInput(p.id, { [p.phaseId]: 7 }), kpiId: p.kpiId, name: "Varslingstid" });
    },
  },
  {
    name: "addMeasurement",
    prepare: async () => {
      const p = await pilotWithKpi();
      return (u) => addMeasurement(u, { kpiId: p.kpiId, date: today, value: 4.5 });
    },
  },
  {
    name: "deleteMeasurement",
    prepare: async () => {
      const p = await pilotWithKpi();
      const m = await addMeasurement(w.users.lead, { kpiId: p.kpiId, date: today, value: 4.5 });
      return (u) => deleteMeasurement(u, m.id);
    },
  },
  {
    name: "importMeasurements",
    prepare: async () => {
      const p = await pilotWithKpi();
      return (u) => importMeasurements(u, p.kpiId, "dato;værdi\n2026-01-05;3,5\n2026-01-12;4\n");
    },
  },
  {
    name: "saveLesson (new, after STOP)",
    prepare: async () => {
      const p = await stoppedPilot();
      return (u) => saveLesson(u, { ...lessonInput(p.id), phaseId: p.phaseId });
    },
  },
  {
    name: "saveLesson (edit, after STOP)",
    prepare: async () => {
      const p = await runningPilot(db.prisma, w);
      const l = await saveLesson(w.users.lead, lessonInput(p.id));
      await db.prisma.pilot.update({ where: { id: p.id }, data: { status: "STOPPED" } });
      return (u) => saveLesson(u, { ...lessonInput(p.id), lessonId: l.id, title: "Sensorer kræver fast strøm" });
    },
  },
];

const ALLOWED: Who[] = ["lead", "admin"];

function refusal(who: Who, draft: boolean) {
  if (who === "nobody") return "UNAUTHENTICATED";
  const sees = !draft || who === "secretariat";
  return sees ? "FORBIDDEN" : "NOT_FOUND";
}

describe.each(CASES)("$name", ({ draft = false, prepare }) => {
  it.each(PEOPLE)("as %s", async (who) => {
    const mutate = await prepare();
    const user = who === "nobody" ? null : w.users[who];
    const before = await resultRows(db.prisma);
    if (ALLOWED.includes(who)) {
      await mutate(user);
      expect((await resultRows(db.prisma)).audit - before.audit).toBe(1);
    } else {
      const err = await mutate(user).then(
        () => null,
        (e) => e,
      );
      expect(err?.code).toBe(refusal(who, draft));
      expect(await resultRows(db.prisma)).toEqual(before);
    }
  });
});
