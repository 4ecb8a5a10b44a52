// Every figure on the dashboard against an independent computation over the demo data (issue 7's
// first acceptance criterion), for several viewers and filter sets.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";
import { loadSummary } from "../../../lib/portfolio/summary";
import type { PortfolioFilters } from "../../../lib/portfolio/filters";
import type { PortfolioSummary } from "../../../lib/portfolio/types";
import type { SessionUser } from "../../../lib/auth/session";
import { pilotsInView, sum, today, type InView } from "./independent";

let db: Database;
let w: DemoWorld;
beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const CASES: [string, () => SessionUser | null, PortfolioFilters][] = [
  ["platform admin, everything", () => w.users.admin, {}],
  ["GovTech member, everything", () => w.users.gtmMember, {}],
  ["anonymous, everything", () => null, {}],
  ["GovTech secretariat, GovTech 2025", () => w.users.gtmSecretariat, { community: "govtech-midtjylland", year: 2025 }],
  ["FDD lead, IoT and water", () => w.users.fddLead, { technology: "IoT", domain: "vand" }],
  ["GovTech lead, 2024", () => w.users.gtmLead, { year: 2024 }],
];

const word = (s: string) => s.toLowerCase();
const phasesOf = (pilots: InView) => pilots.flatMap((p) => p.phases.map((ph) => ({ ...ph, pilot: p })));

describe.each(CASES)("%s", (_name, who, f) => {
  let s: Omit<PortfolioSummary, "today">;
  let pilots: InView;
  beforeAll(async () => {
    s = await loadSummary(who(), f);
    pilots = await pilotsInView(db.prisma, who(), f);
  });

  it("counts the pilots in view by status, and the funnel stage by stage", () => {
    expect(s.funnel.pilots).toBe(pilots.length);
    expect(s.funnel.drafts).toBe(pilots.filter((p) => p.status === "DRAFT" || p.status === "SUBMITTED").length);
    for (const st of ["ACTIVE", "ADOPTED", "STOPPED"] as const)
      expect(s.funnel[word(st) as "active"]).toBe(pilots.filter((p) => p.status === st).length);
    for (const stage of s.funnel.stages) {
      const phases = phasesOf(pilots).filter((ph) => word(ph.kind) === stage.phase);
      const outcomes = (ph: (typeof phases)[number]) => ph.gateReviews.map((r) => r.decision?.outcome).filter(Boolean);
      expect(stage.reached).toBe(phases.filter((ph) => ph.startedAt).length);
      expect(stage.current).toBe(
        phases.filter((ph) => (ph.status === "ACTIVE" || ph.status === "AWAITING_GATE") && ph.pilot.status === "ACTIVE")
          .length,
      );
      expect(stage.passed).toBe(phases.filter((ph) => outcomes(ph).some((o) => o === "GO" || o === "ADOPT")).length);
      expect(stage.stopped).toBe(phases.filter((ph) => outcomes(ph).includes("STOP")).length);
      expect(stage.revised).toBe(phases.filter((ph) => outcomes(ph).includes("REVISE")).length);
    }
  });

  it("adds up money per phase from the phases themselves when no year is chosen", async () => {
    const ids = phasesOf(pilots).map((ph) => ph.id);
    const returned = await db.prisma.poolEntry.groupBy({
      by: ["phaseId"],
      where: { kind: "RETURN", phaseId: { in: ids } },
      _sum: { amount: true },
    });
    if (f.year) {
      // With a year: each flow dated in that year (checked against the ledgers directly).
      const grants = await db.prisma.poolEntry.aggregate({
        where: { kind: "GRANT", phaseId: { in: ids }, pool: { year: f.year } },
        _sum: { amount: true },
      });
      const spent = await db.prisma.expense.aggregate({
        where: {
          phaseId: { in: ids },
          spentOn: { gte: new Date(Date.UTC(f.year, 0, 1)), lt: new Date(Date.UTC(f.year + 1, 0, 1)) },
        },
        _sum: { amount: true },
      });
      expect(s.money.total.granted).toBe(-(grants._sum.amount ?? 0));
      expect(s.money.total.spent).toBe(spent._sum.amount ?? 0);
      return;
    }
    for (const row of s.money.byPhase) {
      const phases = phasesOf(pilots).filter((ph) => word(ph.kind) === row.phase);
      expect(row.granted).toBe(sum(phases.map((ph) => ph.granted)));
      expect(row.spent).toBe(sum(phases.map((ph) => ph.spent)));
      expect(row.pledged).toBe(sum(phases.flatMap((ph) => ph.pledges.map((x) => x.amount))));
      expect(row.returned).toBe(
        sum(returned.filter((r) => phases.some((ph) => ph.id === r.phaseId)).map((r) => r._sum.amount ?? 0)),
      );
    }
    expect(s.money.total.granted).toBe(sum(phasesOf(pilots).map((ph) => ph.granted)));
    expect(sum(s.money.byYear.map((y) => y.spent))).toBe(s.money.total.spent);
  });

  it("lists open gates and conditions with the right counts", async () => {
    const day = await today(db.prisma);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const reviews = phasesOf(pilots).flatMap((ph) => ph.gateReviews.filter((r) => r.status === "OPEN"));
    const conditions = phasesOf(pilots)
      .flatMap((ph) => ph.gateReviews.flatMap((r) => r.decision?.conditions ?? []))
      .filter((c) => c.dueDate && !c.doneAt);
    expect(s.gates.open).toBe(reviews.length);
    expect(s.gates.overdue).toBe(reviews.filter((r) => iso(r.dueDate) < day).length);
    expect(s.gates.conditionsOpen).toBe(conditions.length);
    expect(s.gates.conditionsOverdue).toBe(conditions.filter((c) => iso(c.dueDate!) < day).length);
    expect(s.gates.items.map((i) => i.dueDate)).toEqual([...s.gates.items.map((i) => i.dueDate)].sort());
  });

  it("counts decisions per outcome over the quarters", () => {
    const decided = phasesOf(pilots).flatMap((ph) => ph.gateReviews.flatMap((r) => (r.decision ? [r.decision] : [])));
    const inYear = decided.filter(
      (d) =>
        !f.year ||
        Number(
          new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", year: "numeric" }).format(d.decidedAt),
        ) === f.year,
    );
    for (const o of ["GO", "REVISE", "STOP", "ADOPT"])
      expect(sum(s.decisions.filter((d) => d.outcome === word(o)).map((d) => d.count))).toBe(
        inYear.filter((d) => d.outcome === o).length,
      );
    expect(sum(s.decisions.filter((d) => d.outcome === "all").map((d) => d.count))).toBe(inYear.length);
  });

  it("covers the 17 SDGs and the technology × domain matrix", () => {
    expect(s.sdgs.map((g) => g.sdg)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const g of s.sdgs) expect(g.pilots).toBe(pilots.filter((p) => p.sdgs.includes(g.sdg)).length);
    for (const c of s.techDomain) {
      const match = pilots.filter(
        (p) =>
          (c.technology === null ? p.technologies.length > 0 : p.technologies.includes(c.technology)) &&
          (c.domain === null ? p.domains.length > 0 : p.domains.includes(c.domain)),
      );
      expect(c.pilots, `${c.technology} × ${c.domain}`).toBe(match.length);
    }
  });

  it("counts, per municipality, the pilots it leads or joins", async () => {
    const orgs = await db.prisma.organisation.findMany({
      where: { kind: "KOMMUNE" },
      select: { id: true, municipalityCode: true },
    });
    expect(s.municipalities).toHaveLength(98);
    for (const m of s.municipalities) {
      const org = orgs.find((o) => o.municipalityCode === m.code)!;
      const taking = pilots.filter(
        (p) => p.leadOrganisationId === org.id || p.participants.some((x) => x.organisationId === org.id),
      );
      expect(m.pilots, `kommune ${m.code}`).toBe(taking.length);
      expect(m.led).toBe(pilots.filter((p) => p.leadOrganisationId === org.id).length);
      expect(m.running).toBe(taking.filter((p) => p.status === "ACTIVE").length);
    }
  });

  it("gives each member organisation its fair-share figures", async () => {
    const contributions = await db.prisma.poolEntry.groupBy({
      by: ["organisationId"],
      where: {
        kind: "CONTRIBUTION",
        pool: { ...(f.year ? { year: f.year } : {}), ...(f.community ? { community: { slug: f.community } } : {}) },
      },
      _sum: { amount: true },
    });
    for (const o of s.fairShare) {
      const led = pilots.filter((p) => p.leadOrganisationId === o.organisationId);
      const joined = pilots.filter(
        (p) =>
          p.leadOrganisationId !== o.organisationId &&
          p.participants.some((x) => x.organisationId === o.organisationId),
      );
      expect(o.led, o.name).toBe(led.length);
      expect(o.joined, o.name).toBe(joined.length);
      expect(o.grantedToLed).toBe(sum(led.flatMap((p) => p.phases.map((ph) => ph.granted))));
      const pledges = phasesOf(pilots)
        .filter((ph) => !f.year || ph.plannedStart.getUTCFullYear() === f.year)
        .flatMap((ph) => ph.pledges.filter((x) => x.organisationId === o.organisationId));
      expect(o.pledged).toBe(sum(pledges.map((x) => x.amount)));
      expect(o.adopted).toBe(
        pilots.filter((p) =>
          p.phases.some((ph) =>
            ph.gateReviews.some((r) => r.decision?.adopters.some((a) => a.organisationId === o.organisationId)),
          ),
        ).length,
      );
      const paid = contributions.find((c) => c.organisationId === o.organisationId)?._sum.amount ?? 0;
      // Contributions are shown only to members of the community (anonymous: none).
      if (who() === null) expect(o.contributed).toBeNull();
      else if (who()!.isPlatformAdmin) expect(o.contributed).toBe(paid);
    }
  });
});
