// Demo data for life after the pilot (issue 18): three adopted pilots in operation in organisations
// of both communities, with sites, benefit profiles and two years of realised values; an open spread
// offer on the AI case-work pilot with interests from both communities (its scale-up gate awaits the
// steering group); and a late joiner from Dynamiske Data on the Gudenå pilot who paid a buy-in into
// GovTech's pool — the pledges recomputed by the phase's key and the ledger row written as
// lib/spread/commit.ts does (docs/decisions/0025). Idempotent: nothing is written twice.
import type { Prisma, PrismaClient } from "../../../lib/generated/prisma/client";
import type { BenefitFrequency, BenefitKind, OperationStatus } from "../../../lib/generated/prisma/enums";
import type { SplitKey } from "../../../lib/funding/split";
import { buyIn, recomputedSplit } from "../../../lib/spread/rules";
import { periodStart } from "../../../lib/benefits/periods";
import { addDays, danishDay } from "../../../lib/dates";
import { day, prng } from "./util";

type Tx = Prisma.TransactionClient;

const GUDENAA = "Vandstandssensorer og varsling af oversvømmelse langs Gudenåen";
const KOEGE = "Vandstandsmålere og stormflodsvarsling i Køge Bugt";
const VR = "VR-træning i forflytning for social- og sundhedspersonale";
const AI = "AI-assisteret journalisering og resumé i socialforvaltningen";

type Op = {
  org: string;
  status: OperationStatus;
  goLive?: string;
  unit: string;
  contact: string;
  cost: number;
  iot?: [number, "PROTOTYPE" | "PROJECT" | "IN_OPERATION"];
  site?: { label: string; address: string; lon: number; lat: number };
};
type Profile = {
  name: string;
  kind: BenefitKind;
  unit: string;
  baseline: number;
  frequency: BenefitFrequency;
  owners: { org: string; email: string; perPeriod: number; skipLast?: boolean }[];
};

const OPERATIONS: Record<string, Op[]> = {
  [GUDENAA]: [
    {
      org: "silkeborg",
      status: "IN_OPERATION",
      goLive: "2025-01-06",
      unit: "Natur og Vand, Silkeborg Kommune",
      contact: "Camilla Nørgaard",
      cost: 185_000,
      iot: [1042, "IN_OPERATION"],
    },
    {
      org: "viborg",
      status: "IN_OPERATION",
      goLive: "2025-01-06",
      unit: "Beredskab og Vej, Viborg Kommune",
      contact: "Morten Dahl",
      cost: 96_000,
      iot: [1043, "IN_OPERATION"],
    },
    {
      org: "randers",
      status: "IN_OPERATION",
      goLive: "2025-02-03",
      unit: "Klima og Vand, Randers Kommune",
      contact: "Driftsvagten",
      cost: 120_000,
    },
    {
      org: "skanderborg",
      status: "IN_OPERATION",
      goLive: "2025-09-01",
      unit: "Teknik og Miljø, Skanderborg Kommune",
      contact: "Anne-Marie Thomsen",
      cost: 74_000,
      site: {
        label: "Målestation Skanderborg Sø",
        address: "Vestergade, 8660 Skanderborg",
        lon: 9.926601,
        lat: 56.035118,
      },
    },
    {
      org: "favrskov",
      status: "IN_OPERATION",
      goLive: "2025-10-01",
      unit: "Vej og Natur, Favrskov Kommune",
      contact: "Vagthavende ingeniør",
      cost: 52_000,
      site: {
        label: "Målestation Hinnerup Lilleå",
        address: "Lilleåvej, 8382 Hinnerup",
        lon: 10.068802,
        lat: 56.265307,
      },
    },
    { org: "hedensted", status: "PLANNED", unit: "Teknik, Hedensted Kommune", contact: "Natur og Vand", cost: 48_000 },
    {
      org: "roskilde",
      status: "PLANNED",
      unit: "Klima og Miljø, Roskilde Kommune",
      contact: "Thomas Holm",
      cost: 60_000,
      site: {
        label: "Planlagt målestation Roskilde Fjord",
        address: "Strandengen, 4000 Roskilde",
        lon: 12.077903,
        lat: 55.649209,
      },
    },
  ],
  [KOEGE]: [
    {
      org: "ishoej",
      status: "IN_OPERATION",
      goLive: "2025-03-03",
      unit: "Klima og Miljø, Ishøj Kommune",
      contact: "Amalie Brandt",
      cost: 140_000,
      iot: [2210, "IN_OPERATION"],
      site: {
        label: "Vandstandsmåler Ishøj Havn",
        address: "Ishøj Strandvej, 2635 Ishøj",
        lon: 12.368012,
        lat: 55.611502,
      },
    },
    {
      org: "koege",
      status: "IN_OPERATION",
      goLive: "2025-03-03",
      unit: "Beredskab, Køge Kommune",
      contact: "Birgitte Lund Jakobsen",
      cost: 110_000,
      site: { label: "Vandstandsmåler Køge Havn", address: "Havnen, 4600 Køge", lon: 12.192402, lat: 55.456809 },
    },
    {
      org: "vallensbaek",
      status: "IN_OPERATION",
      goLive: "2025-04-01",
      unit: "Teknik, Vallensbæk Kommune",
      contact: "Pernille Skov",
      cost: 45_000,
      site: {
        label: "Vandstandsmåler Vallensbæk Strand",
        address: "Strandvej, 2665 Vallensbæk Strand",
        lon: 12.380501,
        lat: 55.618403,
      },
    },
    {
      org: "hvidovre",
      status: "IN_OPERATION",
      goLive: "2025-04-01",
      unit: "Vej og Park, Hvidovre Kommune",
      contact: "Driftsvagten",
      cost: 52_000,
    },
    {
      org: "roskilde",
      status: "IN_OPERATION",
      goLive: "2025-11-03",
      unit: "Klima og Miljø, Roskilde Kommune",
      contact: "Thomas Holm",
      cost: 88_000,
      site: {
        label: "Vandstandsmåler Roskilde Havn",
        address: "Vindeboder, 4000 Roskilde",
        lon: 12.079605,
        lat: 55.647102,
      },
    },
    {
      org: "guldborgsund",
      status: "IN_OPERATION",
      goLive: "2025-11-03",
      unit: "Kyst og Beredskab, Guldborgsund Kommune",
      contact: "Kasper Winther",
      cost: 70_000,
    },
  ],
  [VR]: [
    {
      org: "herning",
      status: "IN_OPERATION",
      goLive: "2025-02-03",
      unit: "Sundhed og Ældre, Herning Kommune",
      contact: "Jens Peter Mikkelsen",
      cost: 64_000,
      site: {
        label: "Træningslokale Herning Sundhedscenter",
        address: "Fredensgade 2, 7400 Herning",
        lon: 8.975602,
        lat: 56.139201,
      },
    },
    {
      org: "ikast-brande",
      status: "IN_OPERATION",
      goLive: "2025-03-03",
      unit: "Ældreområdet, Ikast-Brande Kommune",
      contact: "Superbrugerteamet",
      cost: 38_000,
    },
    {
      org: "holstebro",
      status: "IN_OPERATION",
      goLive: "2025-03-03",
      unit: "Sundhed og Omsorg, Holstebro Kommune",
      contact: "Superbrugerteamet",
      cost: 41_000,
    },
    {
      org: "skive",
      status: "IN_OPERATION",
      goLive: "2025-05-01",
      unit: "Pleje og Rehabilitering, Skive Kommune",
      contact: "Superbrugerteamet",
      cost: 36_000,
    },
    {
      org: "viborg",
      status: "IN_OPERATION",
      goLive: "2025-08-01",
      unit: "Sundhed og Omsorg, Viborg Kommune",
      contact: "Morten Dahl",
      cost: 44_000,
      site: { label: "Plejecenter Søndermarken", address: "Søndermarken, 8800 Viborg", lon: 9.397108, lat: 56.442905 },
    },
    {
      org: "randers",
      status: "RETIRED",
      goLive: "2025-04-01",
      unit: "Omsorg, Randers Kommune",
      contact: "Superbrugerteamet",
      cost: 0,
    },
  ],
};

const PROFILES: Record<string, Profile[]> = {
  [GUDENAA]: [
    {
      name: "Sparede skader og udrykninger ved højvande",
      kind: "KRONER_SAVED",
      unit: "kr.",
      baseline: 0,
      frequency: "QUARTERLY",
      owners: [
        { org: "silkeborg", email: "medlem@silkeborg.example", perPeriod: 210_000 },
        { org: "viborg", email: "projektleder@viborg.example", perPeriod: 140_000, skipLast: true },
        { org: "skanderborg", email: "styregruppe@skanderborg.example", perPeriod: 60_000 },
      ],
    },
    {
      name: "Timer sparet på manuelle tilsyn ved åen",
      kind: "HOURS_SAVED",
      unit: "timer",
      baseline: 0,
      frequency: "QUARTERLY",
      owners: [
        { org: "silkeborg", email: "medlem@silkeborg.example", perPeriod: 160 },
        { org: "viborg", email: "projektleder@viborg.example", perPeriod: 90 },
      ],
    },
  ],
  [KOEGE]: [
    {
      name: "Undgåede skader ved stormflod",
      kind: "KRONER_SAVED",
      unit: "kr.",
      baseline: 0,
      frequency: "YEARLY",
      owners: [
        { org: "ishoej", email: "projektleder@ishoej.example", perPeriod: 1_250_000 },
        { org: "koege", email: "styregruppe@koege.example", perPeriod: 2_100_000 },
        { org: "roskilde", email: "styregruppe@roskilde.example", perPeriod: 800_000 },
      ],
    },
    {
      name: "CO2e undgået ved færre udkørsler",
      kind: "CO2E_AVOIDED",
      unit: "t CO2e",
      baseline: 0,
      frequency: "YEARLY",
      owners: [
        { org: "ishoej", email: "projektleder@ishoej.example", perPeriod: 3.2 },
        { org: "guldborgsund", email: "projektleder@guldborgsund.example", perPeriod: 2.4 },
      ],
    },
  ],
  [VR]: [
    {
      name: "Færre timers fravær efter forflytningsskader",
      kind: "HOURS_SAVED",
      unit: "timer",
      baseline: 0,
      frequency: "QUARTERLY",
      owners: [
        { org: "herning", email: "styregruppe@herning.example", perPeriod: 310 },
        { org: "viborg", email: "projektleder@viborg.example", perPeriod: 120 },
      ],
    },
    {
      name: "Medarbejdernes tryghed ved forflytning",
      kind: "QUALITY",
      unit: "point (1–5)",
      baseline: 3.1,
      frequency: "YEARLY",
      owners: [{ org: "herning", email: "styregruppe@herning.example", perPeriod: 4.1 }],
    },
  ],
};

const PERIODS: Record<BenefitFrequency, string[]> = {
  QUARTERLY: ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"],
  YEARLY: ["2025", "2026"],
  MONTHLY: [],
};

async function ids(tx: Tx) {
  const orgs = new Map(
    (await tx.organisation.findMany({ select: { id: true, slug: true } })).map((o) => [o.slug, o.id]),
  );
  const users = new Map(
    (await tx.user.findMany({ where: { email: { endsWith: ".example" } }, select: { id: true, email: true } })).map(
      (u) => [u.email, u.id],
    ),
  );
  const org = (slug: string) =>
    orgs.get(slug) ??
    (() => {
      throw new Error(`demo seed: no organisation ${slug}`);
    })();
  const user = (email: string) =>
    users.get(email) ??
    (() => {
      throw new Error(`demo seed: no user ${email}`);
    })();
  const pilot = (title: string) =>
    tx.pilot.findFirstOrThrow({
      where: { title, isDemo: true },
      select: {
        id: true,
        communityId: true,
        projectLeadId: true,
        phases: { select: { id: true, kind: true, splitKey: true, cofundingTotal: true } },
      },
    });
  return { org, user, pilot };
}

async function writeOperations(tx: Tx, k: Awaited<ReturnType<typeof ids>>) {
  for (const [title, ops] of Object.entries(OPERATIONS)) {
    const p = await k.pilot(title);
    for (const o of ops) {
      const organisationId = k.org(o.org);
      await tx.operation.create({
        data: {
          pilotId: p.id,
          organisationId,
          status: o.status,
          goLiveOn: o.goLive ? day(o.goLive) : null,
          ownerUnit: o.unit,
          ownerContact: o.contact,
          yearlyCost: o.cost,
          iotApplicationId: o.iot?.[0] ?? null,
          iotStatus: o.iot?.[1] ?? null,
          updatedById: p.projectLeadId,
        },
      });
      if (o.site)
        await tx.pilotSite.create({
          data: {
            pilotId: p.id,
            organisationId,
            label: o.site.label,
            address: o.site.address,
            longitude: o.site.lon,
            latitude: o.site.lat,
            isDemo: true,
            createdById: p.projectLeadId,
          },
        });
    }
  }
}

async function writeBenefits(tx: Tx, k: Awaited<ReturnType<typeof ids>>) {
  for (const [title, profiles] of Object.entries(PROFILES)) {
    const p = await k.pilot(title);
    for (const spec of profiles) {
      const profile = await tx.benefitProfile.create({
        data: {
          pilotId: p.id,
          name: spec.name,
          kind: spec.kind,
          unit: spec.unit,
          baseline: spec.baseline,
          frequency: spec.frequency,
          createdById: p.projectLeadId,
          createdAt: day("2024-12-15"),
        },
      });
      const rand = prng(`${title}:${spec.name}`);
      for (const o of spec.owners) {
        const organisationId = k.org(o.org);
        const userId = k.user(o.email);
        await tx.benefitOwner.create({ data: { profileId: profile.id, organisationId, userId } });
        const perYear = spec.kind === "QUALITY" || spec.frequency === "YEARLY" ? o.perPeriod : o.perPeriod * 4;
        await tx.benefitTarget.createMany({
          data: [2025, 2026].map((year) => ({
            profileId: profile.id,
            organisationId,
            year,
            pessimistic: round(perYear * 0.8),
            likely: round(perYear),
            optimistic: round(perYear * 1.25),
          })),
        });
        const periods = PERIODS[spec.frequency].slice(0, o.skipLast ? -1 : undefined);
        await tx.benefitRealisation.createMany({
          data: periods.map((period, i) => ({
            profileId: profile.id,
            organisationId,
            periodStart: day(periodStart(spec.frequency, period)!),
            value: round(o.perPeriod * (0.75 + (0.1 * i) / periods.length + 0.3 * rand())),
            source: i % 3 === 2 ? "IMPORT" : "MANUAL",
            createdById: userId,
            createdAt: day(`${period.slice(0, 4)}-12-20`),
          })),
        });
      }
    }
  }
}

const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10);

/** The AI pilot's open offer: its window runs around today, so the demo always has one to join. */
async function writeOpenOffer(tx: Tx, k: Awaited<ReturnType<typeof ids>>) {
  const p = await k.pilot(AI);
  const today = danishDay();
  const secretariat = k.user("sekretariat@govtech-midt.example");
  const offer = await tx.spreadOffer.create({
    data: {
      pilotId: p.id,
      opensOn: day(addDays(today, -20)),
      closesOn: day(addDays(today, 40)),
      buyInPercent: 0,
      note: "Åben for socialforvaltninger i begge fællesskaber før gaten til opskalering.",
      createdById: secretariat,
    },
  });
  const interests = [
    {
      org: "herning",
      email: "styregruppe@herning.example",
      units: 45,
      goLive: "2027-04-01",
      name: "Jens Peter Mikkelsen",
    },
    {
      org: "koege",
      email: "styregruppe@koege.example",
      units: 30,
      goLive: "2027-07-01",
      name: "Birgitte Lund Jakobsen",
    },
  ];
  for (const i of interests) {
    await tx.spreadParticipant.create({
      data: {
        offerId: offer.id,
        organisationId: k.org(i.org),
        units: i.units,
        goLiveOn: day(i.goLive),
        contactName: i.name,
        contactEmail: i.email,
        declaredById: k.user(i.email),
        declaredAt: day(addDays(today, -10)),
      },
    });
  }
}

/** Roskilde joined the adopted Gudenå pilot late, from Dynamiske Data, and paid 10 % of its cost so far. */
async function writeLateJoiner(tx: Tx, k: Awaited<ReturnType<typeof ids>>) {
  const p = await k.pilot(GUDENAA);
  const secretariat = k.user("sekretariat@govtech-midt.example");
  const scale = p.phases.find((ph) => ph.kind === "SCALE")!;
  const committedAt = day("2026-10-05", 10);
  const offer = await tx.spreadOffer.create({
    data: {
      pilotId: p.id,
      opensOn: day("2026-08-17"),
      closesOn: day("2026-10-02"),
      buyInPercent: 10,
      note: "Sen tilslutning efter vedtagelsen: 10 % af pilotens udgifter til puljen.",
      createdById: secretariat,
      createdAt: day("2026-08-14"),
      committedAt,
      trigger: "WINDOW_CLOSED",
    },
  });
  const roskilde = k.org("roskilde");
  const pledged = await tx.pledge.findMany({ where: { phaseId: scale.id }, select: { organisationId: true } });
  const lead = await tx.pilot.findUniqueOrThrow({
    where: { id: p.id },
    select: { leadOrganisationId: true, participants: { select: { organisationId: true } } },
  });
  const partyIds = [
    ...new Set([
      lead.leadOrganisationId,
      ...lead.participants.map((x) => x.organisationId),
      ...pledged.map((x) => x.organisationId),
      roskilde,
    ]),
  ];
  const parties = await tx.organisation.findMany({
    where: { id: { in: partyIds } },
    select: { id: true, population: true },
  });
  const split = recomputedSplit(
    scale.cofundingTotal,
    scale.splitKey as SplitKey,
    parties.map((o) => ({ organisationId: o.id, population: o.population })),
  );
  await tx.pledge.deleteMany({ where: { phaseId: scale.id } });
  await tx.pledge.createMany({
    data: split.shares.map((s) => ({ phaseId: scale.id, organisationId: s.organisationId, amount: s.amount })),
  });
  await tx.phase.update({ where: { id: scale.id }, data: { splitKey: split.key } });
  const cost = await tx.phase.aggregate({ where: { pilotId: p.id }, _sum: { spent: true } });
  const amount = buyIn(cost._sum.spent ?? 0, 10);
  const pool = await tx.pool.findUniqueOrThrow({
    where: { communityId_year: { communityId: p.communityId, year: 2026 } },
    select: { id: true },
  });
  const entry = await tx.poolEntry.create({
    data: {
      poolId: pool.id,
      kind: "CONTRIBUTION",
      amount,
      organisationId: roskilde,
      phaseId: scale.id,
      createdById: secretariat,
      createdAt: committedAt,
      note: `Indkøb ved sen tilslutning (10 %): ${GUDENAA}`,
    },
  });
  await tx.pool.update({ where: { id: pool.id }, data: { balance: { increment: amount } } });
  await tx.spreadParticipant.create({
    data: {
      offerId: offer.id,
      organisationId: roskilde,
      status: "COMMITTED",
      units: 8,
      goLiveOn: day("2027-01-01"),
      contactName: "Thomas Holm",
      contactEmail: "styregruppe@roskilde.example",
      declaredById: k.user("styregruppe@roskilde.example"),
      declaredAt: day("2026-09-01"),
      committedAt,
      pledgeAmount: split.shares.find((s) => s.organisationId === roskilde)!.amount,
      buyInAmount: amount,
      buyInEntryId: entry.id,
    },
  });
}

export async function seedDemoSpread(prisma: PrismaClient) {
  await prisma.$transaction(
    async (tx) => {
      if ((await tx.operation.count()) > 0 || (await tx.spreadOffer.count()) > 0) return;
      if ((await tx.pilot.count({ where: { title: GUDENAA, isDemo: true } })) === 0) return;
      const k = await ids(tx);
      await writeLateJoiner(tx, k);
      await writeOperations(tx, k);
      await writeBenefits(tx, k);
      await writeOpenOffer(tx, k);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
