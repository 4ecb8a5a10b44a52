// Writes the demo's front door and early warning (issue 19): the challenges of front-door-data.ts with
// their co-sponsors, ideas, comments and the secretariats' moves (one idea made into a pilot draft for
// Viborg's project lead, two on the shelf, one declined); a risk register on every active demo pilot;
// and one new pilot that trips the wire ("Mangler evidens": its test phase has spent 65 % of its grant,
// its KPIs were measured only as a baseline before the phase started, and it has logged no result).
// Idempotent on its own, like plumbing.ts: it adds nothing once demo challenges exist.
import type { Prisma, PrismaClient } from "../../../lib/generated/prisma/client";
import { DEMO_CHALLENGES, type ChallengeSpec } from "./front-door-data";
import { day, prng } from "./util";
import { riskEvidence } from "../../../lib/gates/evidence";

type Tx = Prisma.TransactionClient;

async function lookups(tx: Tx) {
  const users = new Map(
    (await tx.user.findMany({ where: { isDemo: true }, select: { id: true, email: true, organisationId: true } })).map(
      (u) => [u.email, u],
    ),
  );
  const orgs = new Map(
    (await tx.organisation.findMany({ select: { id: true, slug: true } })).map((o) => [o.slug, o.id]),
  );
  const communities = new Map(
    (await tx.community.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]),
  );
  const need = <T>(m: Map<string, T>, k: string, what: string) => {
    const v = m.get(k);
    if (v === undefined) throw new Error(`demo seed: unknown ${what} "${k}"`);
    return v;
  };
  return {
    user: (e: string) => need(users, e, "user").id,
    userRow: (e: string) => need(users, e, "user"),
    org: (s: string) => need(orgs, s, "organisation"),
    community: (s: string) => need(communities, s, "community"),
  };
}
type Look = Awaited<ReturnType<typeof lookups>>;

/** The draft a secretariat makes from an idea, as lib/challenges/move.ts makes it (members as participants). */
async function draftFromIdea(
  tx: Tx,
  look: Look,
  c: ChallengeSpec,
  challengeId: number,
  communityId: number,
  idea: { title: string; description: string; technologies: string[] },
  lead: string,
  on: string,
) {
  const leadUser = look.userRow(lead);
  const sponsors = [look.org(c.org), ...c.cosponsors.map((s) => look.org(s.org))];
  const members = await tx.communityMember.findMany({
    where: { communityId, status: "ACTIVE", organisationId: { in: [leadUser.organisationId, ...sponsors] } },
    select: { organisationId: true },
  });
  const participants = [...new Set([leadUser.organisationId, ...members.map((m) => m.organisationId)])];
  const start = new Date(Date.UTC(2027, 0, 1));
  return tx.pilot.create({
    data: {
      communityId,
      challengeId,
      title: idea.title,
      problem: c.problem,
      hypothesis: idea.description,
      technologies: idea.technologies,
      domains: c.domains,
      sdgs: c.sdgs,
      leadOrganisationId: leadUser.organisationId,
      projectLeadId: leadUser.id,
      status: "DRAFT",
      visibility: c.visibility,
      isDemo: true,
      createdAt: day(on, 10),
      participants: { create: participants.map((organisationId) => ({ organisationId })) },
      phases: {
        create: {
          kind: "TEST",
          plannedStart: start,
          plannedEnd: new Date(Date.UTC(2027, 5, 30)),
          successCriteria: "",
          killCriteria: "",
        },
      },
    },
    select: { id: true },
  });
}

async function writeChallenges(tx: Tx, look: Look) {
  for (const c of DEMO_CHALLENGES) {
    const communityId = look.community(c.community);
    const ch = await tx.challenge.create({
      data: {
        communityId,
        organisationId: look.org(c.org),
        createdById: look.user(c.by),
        title: c.title,
        problem: c.problem,
        affects: c.affects,
        costKroner: c.costKroner ?? null,
        costHours: c.costHours ?? null,
        existingData: c.existingData,
        domains: c.domains,
        sdgs: c.sdgs,
        visibility: c.visibility,
        isDemo: true,
        createdAt: day(c.on, 9),
      },
      select: { id: true },
    });
    for (const s of c.cosponsors) {
      // Someone of the co-sponsoring organisation pressed the button; a demo user where there is one, else the poster.
      await tx.challengeCosponsor.create({
        data: {
          challengeId: ch.id,
          organisationId: look.org(s.org),
          note: s.note,
          createdById: look.user(c.by),
          createdAt: day(s.on, 11),
        },
      });
    }
    for (const i of c.ideas ?? []) {
      const idea = await tx.idea.create({
        data: {
          challengeId: ch.id,
          title: i.title,
          description: i.description,
          technologies: i.technologies,
          supplier: i.supplier ?? null,
          roughCost: i.roughCost ?? null,
          proposedById: look.user(i.by),
          isDemo: true,
          createdAt: day(i.on, 10),
        },
        select: { id: true },
      });
      for (const k of i.comments ?? [])
        await tx.ideaComment.create({
          data: { ideaId: idea.id, authorId: look.user(k.by), body: k.body, createdAt: day(k.on, 13) },
        });
      const m = i.move;
      if (!m) continue;
      const secretariat = look.user(
        c.community === "govtech-midtjylland" ? "sekretariat@govtech-midt.example" : "sekretariat@gate21.example",
      );
      const pilotId =
        m.to === "PILOT" ? (await draftFromIdea(tx, look, c, ch.id, communityId, i, m.lead, m.on)).id : null;
      await tx.idea.update({
        where: { id: idea.id },
        data: {
          status: m.to,
          pilotId,
          decidedById: secretariat,
          decidedAt: day(m.on, 14),
          version: 2,
          reason: m.to === "PILOT" ? null : m.reason,
          reviewOn: m.to === "SHELVED" ? day(m.reviewOn) : null,
        },
      });
    }
  }
}

const RISKS = [
  {
    description: "Leverandøren kan ikke levere sensorerne til tiden",
    mitigation: "Alternativ leverandør på samme SKI-aftale er afklaret",
    owner: "Projektlederen",
  },
  {
    description: "Batterierne i sensorerne holder kortere end lovet",
    mitigation: "Skift til fast strøm, hvor det er muligt",
    owner: "Driftsansvarlig",
  },
  {
    description: "Data deles ikke på tværs af kommunerne på grund af uafklaret databehandleraftale",
    mitigation: "Fælles databehandleraftale via sekretariatet",
    owner: "Jurist i lead-kommunen",
  },
  {
    description: "Medarbejderne bruger ikke løsningen i hverdagen",
    mitigation: "Superbrugere på hver lokation og opfølgning hver 14. dag",
    owner: "Faglig leder",
  },
  {
    description: "Dækningen i LoRaWAN-nettet er for svag i dele af området",
    mitigation: "Dækningsmåling før montering; ekstra gateway budgetteret",
    owner: "IT-arkitekt",
  },
  {
    description: "Borgerne oplever målingerne som overvågning",
    mitigation: "Borgermøde og tydelig skiltning; ingen persondata i målingerne",
    owner: "Kommunikationsmedarbejder",
  },
  {
    description: "Løsningen kan ikke integreres med fagsystemet",
    mitigation: "Åbne API'er er et krav i udbuddet",
    owner: "IT-arkitekt",
  },
];

/** Two to four risks on every active demo pilot, deterministic per pilot; every third has one of score 16 or more. */
async function writeRisks(tx: Tx, look: Look) {
  const pilots = await tx.pilot.findMany({
    where: { isDemo: true, status: "ACTIVE" },
    orderBy: { id: "asc" },
    select: { id: true, title: true, projectLeadId: true },
  });
  for (const [n, p] of pilots.entries()) {
    const rnd = prng(`risk:${p.title}`);
    const count = 2 + Math.floor(rnd() * 3);
    const start = Math.floor(rnd() * RISKS.length);
    for (let i = 0; i < count; i++) {
      const r = RISKS[(start + i) % RISKS.length];
      const high = i === 0 && n % 3 === 0;
      const probability = high ? 4 : 1 + Math.floor(rnd() * 4);
      const consequence = high ? 4 + Math.floor(rnd() * 2) : 1 + Math.floor(rnd() * 4);
      const status = i === count - 1 && count > 2 ? "MITIGATED" : "OPEN";
      await tx.risk.create({
        data: {
          pilotId: p.id,
          ...r,
          probability,
          consequence,
          status,
          reviewedAt: day("2026-11-02"),
          createdById: p.projectLeadId,
          isDemo: true,
          createdAt: day("2026-06-01", 9),
        },
      });
    }
    await freezeIntoOpenReviews(tx, p.id);
  }
  void look;
}

/** The demo's open reviews were written before its risks: give them the high risks a request freezes (lib/gates/request.ts). */
async function freezeIntoOpenReviews(tx: Tx, pilotId: number) {
  const risks = await tx.risk.findMany({
    where: { pilotId, status: "OPEN" },
    select: { description: true, probability: true, consequence: true, owner: true, mitigation: true },
  });
  const high = riskEvidence(risks);
  if (high.length === 0) return;
  const reviews = await tx.gateReview.findMany({
    where: { status: "OPEN", phase: { pilotId } },
    select: { id: true, criteriaEvidence: true },
  });
  for (const r of reviews) {
    await tx.gateReview.update({
      where: { id: r.id },
      data: { criteriaEvidence: [...(r.criteriaEvidence as Prisma.InputJsonArray), ...high] },
    });
  }
}

/** The pilot that trips the wire: approved, granted 300.000 kr. out of the 2026 pool, 65 % spent, no evidence since it started. */
async function writeTripwirePilot(tx: Tx, look: Look) {
  const communityId = look.community("faellesskab-for-dynamiske-data");
  const lead = look.user("projektleder@guldborgsund.example");
  const secretariat = look.user("sekretariat@gate21.example");
  const leadOrg = look.org("guldborgsund");
  const started = "2026-06-01";
  const pilot = await tx.pilot.create({
    data: {
      communityId,
      title: "Glatførevarsling med vejsensorer på cykelstier",
      problem:
        "Cykelstierne saltes efter samme plan som vejene, men fryser ofte før. Cyklister falder, og saltet bruges forkert.",
      hypothesis:
        "Temperatur- og fugtsensorer i belægningen kan varsle glatføre på cykelstierne 2 timer før, så saltningen rammer rigtigt.",
      technologies: ["IoT", "Dataplatform"],
      domains: ["trafik", "mobilitet"],
      sdgs: [3, 11],
      leadOrganisationId: leadOrg,
      projectLeadId: lead,
      status: "ACTIVE",
      visibility: "MEMBERS",
      isDemo: true,
      createdAt: day("2026-03-02", 10),
      participants: { create: [leadOrg, look.org("lolland")].map((organisationId) => ({ organisationId })) },
      phases: {
        create: {
          kind: "TEST",
          status: "ACTIVE",
          plannedStart: day(started),
          plannedEnd: day("2027-03-31"),
          startedAt: day(started, 8),
          requestedGrant: 300_000,
          granted: 300_000,
          spent: 0,
          successCriteria: "Varsel mindst 2 timer før glatføre i 8 af 10 tilfælde",
          killCriteria: "Sensorerne falder ud mere end 20 % af tiden",
        },
      },
    },
    select: { id: true, phases: { select: { id: true } } },
  });
  const phaseId = pilot.phases[0].id;
  const pool = await tx.pool.findUniqueOrThrow({
    where: { communityId_year: { communityId, year: 2026 } },
    select: { id: true, balance: true },
  });
  if (pool.balance < 300_000) throw new Error("demo seed: the 2026 pool cannot pay the tripwire pilot");
  await tx.poolEntry.create({
    data: {
      poolId: pool.id,
      kind: "GRANT",
      amount: -300_000,
      phaseId,
      createdById: secretariat,
      note: "Bevilling til testfase: Glatførevarsling med vejsensorer på cykelstier",
      createdAt: day(started, 14),
    },
  });
  await tx.pool.update({ where: { id: pool.id }, data: { balance: { decrement: 300_000 } } });
  const expenses: [string, "UDSTYR" | "KONSULENT" | "PERSONALE", number, string][] = [
    ["2026-06-15", "UDSTYR", 120_000, "30 vejsensorer med montering"],
    ["2026-08-01", "KONSULENT", 45_000, "Opsætning af dataplatform"],
    ["2026-10-01", "PERSONALE", 30_000, "Projektledelse, 3. kvartal"],
  ];
  for (const [on, category, amount, description] of expenses)
    await tx.expense.create({
      data: { phaseId, amount, spentOn: day(on), category, description, createdById: lead, createdAt: day(on, 12) },
    });
  await tx.phase.update({ where: { id: phaseId }, data: { spent: expenses.reduce((s, e) => s + e[2], 0) } });
  // Two KPIs, measured as a baseline in the spring, before the phase started: nothing since.
  const kpis = [
    {
      name: "Varsel før glatføre",
      unit: "timer",
      baseline: 0,
      direction: "HIGHER_IS_BETTER" as const,
      benefitKind: "QUALITY" as const,
      target: 2,
      values: [0, 0, 0.5, 0, 0, 0.5],
    },
    {
      name: "Salt brugt på cykelstier",
      unit: "tons",
      baseline: 42,
      direction: "LOWER_IS_BETTER" as const,
      benefitKind: "OTHER" as const,
      target: 34,
      values: [44, 41, 43, 40, 42, 42],
    },
  ];
  for (const { target, values, ...fields } of kpis) {
    const kpi = await tx.kpi.create({
      data: { pilotId: pilot.id, ...fields, createdAt: day("2026-03-02", 11) },
      select: { id: true },
    });
    await tx.kpiTarget.create({ data: { kpiId: kpi.id, phaseId, target } });
    for (const [i, value] of values.entries())
      await tx.kpiMeasurement.create({
        data: {
          kpiId: kpi.id,
          measuredAt: day(`2026-0${i < 3 ? 3 : 4}-${String(5 + (i % 3) * 7).padStart(2, "0")}`, 8),
          value,
          createdById: lead,
        },
      });
  }
}

export async function seedDemoFrontDoor(prisma: PrismaClient): Promise<void> {
  if ((await prisma.pilot.count({ where: { isDemo: true } })) === 0) return;
  await prisma.$transaction(
    async (tx) => {
      if ((await tx.challenge.count({ where: { isDemo: true } })) > 0) return;
      const look = await lookups(tx);
      await writeChallenges(tx, look);
      await writeTripwirePilot(tx, look);
      await writeRisks(tx, look);
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
