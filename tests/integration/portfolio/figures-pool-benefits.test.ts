// The pool, the value/risk picture and the benefits against independent computations over the
// demo data (issue 7's first acceptance criterion; the other figures are in figures.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";
import { loadSummary } from "../../../lib/portfolio/summary";
import { phaseThatMatters } from "../../../lib/kpis/summary";
import { sum } from "./independent";

let db: Database;
let w: DemoWorld;
beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

describe("the pool, value/risk and benefits, for the platform admin", () => {
  it("ends each pool's running balance on the pool's own balance", async () => {
    const pools = await db.prisma.pool.findMany({
      select: { year: true, balance: true, community: { select: { slug: true } } },
    });
    const all = await loadSummary(w.users.admin, {});
    // 33 demo pilots, the tripwire pilot and the pilot draft made from an idea (the front door's demo data).
    expect(all.funnel.pilots).toBe(35);
    for (const slug of new Set(pools.map((p) => p.community.slug))) {
      const months = all.pool.months.filter((m) => m.community === slug);
      expect(months.at(-1)!.balance).toBe(sum(pools.filter((p) => p.community.slug === slug).map((p) => p.balance)));
    }
    for (const p of pools) {
      const one = await loadSummary(w.users.admin, { year: p.year, community: p.community.slug });
      expect(one.pool.months.at(-1)!.balance).toBe(p.balance);
      expect(one.pool.years).toEqual([expect.objectContaining({ year: p.year, balance: p.balance })]);
    }
  });

  it("withholds the pool from anonymous visitors and from another community's members", async () => {
    expect((await loadSummary(null, {})).pool).toMatchObject({ visible: false, months: [], years: [] });
    const fdd = await loadSummary(w.users.fddMember, { community: "govtech-midtjylland" });
    expect(fdd.pool.visible).toBe(false);
    expect(fdd.pool.months).toEqual([]);
  });

  it("places each pilot by the weighted scores of its latest decided gate", async () => {
    const { valueRisk } = await loadSummary(w.users.admin, {});
    expect(valueRisk.length).toBeGreaterThan(15);
    for (const point of valueRisk) {
      const reviews = await db.prisma.gateReview.findMany({
        where: {
          phase: { pilotId: point.pilotId },
          decision: { isNot: null },
          scorecards: { some: { scores: { some: {} } } },
        },
        select: {
          decision: { select: { decidedAt: true } },
          scorecards: {
            select: { scores: { select: { score: true, weight: true, criterion: { select: { key: true } } } } },
          },
        },
      });
      const latest = reviews.sort((a, b) => b.decision!.decidedAt.getTime() - a.decision!.decidedAt.getTime())[0];
      const scores = latest.scorecards.flatMap((c) => c.scores);
      const mean = (keys: string[]) => {
        const xs = scores.filter((x) => keys.includes(x.criterion.key));
        return sum(xs.map((x) => x.score * x.weight)) / sum(xs.map((x) => x.weight));
      };
      expect(point.value).toBeCloseTo(mean(["value", "scalability", "economy"]), 2);
      expect(point.risk).toBeCloseTo(6 - mean(["evidence", "data", "security", "readiness"]), 2);
    }
  });

  it("adds up realised benefits per kind and unit, direction-aware, against the current phase's target", async () => {
    const { benefits } = await loadSummary(w.users.admin, {});
    const kpis = await db.prisma.kpi.findMany({
      where: { benefitKind: { in: ["KRONER_SAVED", "HOURS_SAVED", "CO2E_AVOIDED"] } },
      select: {
        benefitKind: true,
        unit: true,
        baseline: true,
        direction: true,
        measurements: { orderBy: { measuredAt: "desc" }, take: 1, select: { value: true } },
        targets: { select: { target: true, phaseId: true } },
        pilot: { select: { phases: { select: { id: true, kind: true, status: true } } } },
      },
    });
    const order = ["TEST", "DEMONSTRATION", "SCALE"];
    const totals = new Map<string, { realised: number; target: number; kpis: number; reached: number }>();
    for (const k of kpis) {
      if (!k.measurements.length) continue;
      const sign = k.direction === "HIGHER_IS_BETTER" ? 1 : -1;
      const phase = phaseThatMatters([...k.pilot.phases].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)));
      const target = k.targets.find((t) => t.phaseId === phase?.id)?.target ?? null;
      const key = `${k.benefitKind.toLowerCase()}|${k.unit}`;
      const t = totals.get(key) ?? { realised: 0, target: 0, kpis: 0, reached: 0 };
      t.realised += sign * (k.measurements[0].value - k.baseline);
      t.target += target === null ? 0 : sign * (target - k.baseline);
      t.kpis += 1;
      t.reached += target !== null && sign * (k.measurements[0].value - target) >= 0 ? 1 : 0;
      totals.set(key, t);
    }
    const rows = benefits.rows.filter((r) => r.group === "total");
    expect(rows.length).toBe(totals.size);
    for (const r of rows) {
      const t = totals.get(`${r.benefit}|${r.unit}`)!;
      expect(r.kpis).toBe(t.kpis);
      expect(r.reached).toBe(t.reached);
      expect(r.realised).toBeCloseTo(t.realised, 1);
      expect(r.target).toBeCloseTo(t.target, 1);
    }
  });
  it("adds up, per benefit kind, unit and year, each KPI's last measurement of the year", async () => {
    const { benefits } = await loadSummary(w.users.admin, {});
    const kpis = await db.prisma.kpi.findMany({
      where: { benefitKind: { in: ["KRONER_SAVED", "HOURS_SAVED", "CO2E_AVOIDED"] } },
      select: {
        benefitKind: true,
        unit: true,
        baseline: true,
        direction: true,
        measurements: { orderBy: [{ measuredAt: "asc" }, { id: "asc" }], select: { value: true, measuredAt: true } },
      },
    });
    const year = (d: Date) =>
      Number(new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", year: "numeric" }).format(d));
    const totals = new Map<string, { kpis: number; realised: number }>();
    for (const k of kpis) {
      const last = new Map<number, number>();
      for (const m of k.measurements) last.set(year(m.measuredAt), m.value);
      for (const [y, value] of last) {
        const key = `${k.benefitKind.toLowerCase()}|${k.unit}|${y}`;
        const t = totals.get(key) ?? { kpis: 0, realised: 0 };
        t.kpis += 1;
        t.realised += (k.direction === "HIGHER_IS_BETTER" ? 1 : -1) * (value - k.baseline);
        totals.set(key, t);
      }
    }
    expect(benefits.years.length).toBe(totals.size);
    for (const y of benefits.years) {
      const t = totals.get(`${y.benefit}|${y.unit}|${y.year}`)!;
      expect(y.kpis).toBe(t.kpis);
      expect(y.realised).toBeCloseTo(t.realised, 1);
    }
  });
});
