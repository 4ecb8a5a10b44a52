// Every main page sends the same number of SQL statements whatever the size of the data (issue 22):
// no statement per pilot, phase, review or row shown. Each page's loaders — the same functions its
// page.tsx and the components it renders call — run against a Prisma client that logs what it sends,
// on the benchmark generator's data at two sizes, the second four times the first (pilots and
// people). A loader that gains a query per row makes the larger count differ and fails the test.
import { beforeAll, expect, it } from "vitest";
import { freshDatabase } from "./db";
import type { Database } from "../../lib/db/connect";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedReference } from "../../prisma/seed/reference";
import { generationSteps, LAYOUT_SQL, planLayout } from "../../scripts/lib/bench/generate";
import { BENCH_LEAD_EMAIL } from "../../scripts/lib/bench/sql-people";
import { sessionRow, sessionUserSelect, type SessionUser } from "../../lib/auth/session";
import { translator } from "../../lib/i18n/messages";
import { unreadCount } from "../../lib/notifications/queries";
import { listCommunities } from "../../lib/communities/queries";
import { countPilotsByStage } from "../../lib/portfolio/stage-counts";
import { leadHome } from "../../lib/home/lead";
import { steeringHome } from "../../lib/home/steering";
import { secretariatHome } from "../../lib/home/secretariat";
import { memberHome } from "../../lib/home/member";
import { spreadHome } from "../../lib/home/spread";
import { searchCatalogue } from "../../lib/search/catalogue";
import { facetLabeller } from "../../lib/search/labels";
import { emptyFilters, type CatalogueParams } from "../../lib/search/params";
import { pilotsOpenForSpread, pilotSpread, organisationTakesPart, organisationSpread } from "../../lib/spread/queries";
import { getPilotStory } from "../../lib/pilots/story";
import { getPilotTimeline } from "../../lib/pilots/timeline";
import { getKpiBoard } from "../../lib/kpis/queries";
import { latestResults } from "../../lib/results/queries";
import { getLessons } from "../../lib/lessons/queries";
import { highRisks, pilotRisks } from "../../lib/risks/queries";
import { flaggedPhases } from "../../lib/tripwire/flags";
import { listChallenges, pilotOrigin } from "../../lib/challenges/queries";
import { pilotSiteList } from "../../lib/sites/queries";
import { siteOrganisations } from "../../lib/sites/manage";
import { procurementPack } from "../../lib/procurement/pack";
import { pilotBenefits } from "../../lib/benefits/summary";
import { similarPilots } from "../../lib/search/similar";
import { loadFilterOptions } from "../../lib/portfolio/options";
import { loadSummary } from "../../lib/portfolio/summary";
import { listPilotsResponse } from "../../lib/api/pilots";
import { findMunicipality } from "../../lib/places/lookup";
import { placeProfile } from "../../lib/places/profile";
import { findManagedCommunity } from "../../lib/communities/access";
import { gateOverview } from "../../lib/gates/queries/overview";
import { getGatePage } from "../../lib/gates/queries/page";
import { managedCommunities, steeringQueue } from "../../lib/gates/queries/queue";
import { approvalQueue } from "../../lib/pilots/approval-queue";

const SMALL = 180; // the fewest the generator makes people enough for (10 per community)
const SIZES = [SMALL, 4 * SMALL];

type World = {
  db: Database;
  logging: PrismaClient;
  users: Record<"member" | "lead" | "steering" | "secretariat" | "gateLead", SessionUser>;
  pilotId: number;
  gatePilotId: number;
  community: string;
  municipality: number;
};
const worlds: World[] = [];
let statements: string[] = [];

async function generate(pilots: number): Promise<World> {
  const db = await freshDatabase();
  await seedReference(db.prisma);
  const [row] = await db.prisma.$queryRawUnsafe<Parameters<typeof planLayout>[0][]>(LAYOUT_SQL);
  // People grow with the pilots, so a member's, a lead's and a steering group's share grows too.
  const layout = planLayout(row, {
    seed: 22,
    pilots,
    users: Math.floor((pilots * 2) / 3),
    passwordHash: "not-a-login",
  });
  const adapter = await db.adapterFactory.connect();
  await adapter.executeScript(["BEGIN", ...generationSteps(layout).map((s) => s.sql), "COMMIT", "ANALYZE"].join(";\n"));
  if (db.engine === "server") await adapter.dispose();

  const user = async (where: object) =>
    (await db.prisma.user.findFirstOrThrow({
      where,
      select: sessionUserSelect,
      orderBy: { id: "asc" },
    })) as SessionUser;
  const bench = { email: { endsWith: "@bench.innovationsmotor.example" } };
  // The secretariat of the community with the most open gate reviews among those with pilots
  // submitted for approval: its gate overview and approval queue both have rows.
  const [{ communityId }] = await db.prisma.$queryRaw<{ communityId: number }[]>`
    SELECT p."communityId" FROM "GateReview" r JOIN "Phase" ph ON ph.id = r."phaseId" JOIN "Pilot" p ON p.id = ph."pilotId"
     WHERE r.status = 'OPEN'
       AND EXISTS (SELECT 1 FROM "Pilot" s WHERE s."communityId" = p."communityId" AND s.status = 'SUBMITTED')
     GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`;
  const secretariat = await user({ ...bench, roles: { some: { role: "SECRETARIAT", communityId } } });
  const users = {
    member: await user({ ...bench, roles: { some: { role: "MEMBER" } } }),
    lead: await user({ email: BENCH_LEAD_EMAIL }),
    steering: await user({ ...bench, roles: { some: { role: "STEERING" } } }),
    secretariat,
  };
  const pilot = await db.prisma.pilot.findFirstOrThrow({
    where: { status: "ACTIVE", visibility: "PUBLIC", phases: { some: {} } },
    orderBy: { id: "asc" },
  });
  const gate = await db.prisma.gateReview.findFirstOrThrow({
    where: { status: "OPEN" },
    select: { phase: { select: { pilotId: true, pilot: { select: { projectLeadId: true } } } } },
    orderBy: { id: "asc" },
  });
  // The gate page as the lead of a pilot with an open review (where the page shows the most).
  const gateLead = await user({ id: gate.phase.pilot.projectLeadId });
  const community = await db.prisma.community.findUniqueOrThrow({ where: { id: communityId } });
  const kommune = await db.prisma.organisation.findFirstOrThrow({
    where: { kind: "KOMMUNE", municipalityCode: { not: null }, ledPilots: { some: {} } },
    orderBy: { municipalityCode: "asc" },
  });
  const logging = new PrismaClient({ adapter: db.adapterFactory, log: [{ emit: "event", level: "query" }] });
  logging.$on("query", (e) => statements.push(e.query));
  return {
    db,
    logging,
    users: { ...users, gateLead },
    pilotId: pilot.id,
    gatePilotId: gate.phase.pilotId,
    community: community.slug,
    municipality: kommune.municipalityCode!,
  };
}

const t = translator("da");
const search: CatalogueParams = {
  q: "sensorer vandstand",
  filters: { ...emptyFilters(), status: ["active"], domain: ["klima"] },
  page: 1,
};
const catalogue = async (w: World, p: CatalogueParams) => {
  const [result] = await Promise.all([searchCatalogue(w.users.member, p), facetLabeller("da", t)]);
  await pilotsOpenForSpread(result.hits.map((h) => h.id));
};
const home = (user: SessionUser) =>
  Promise.all([
    listCommunities(user),
    countPilotsByStage(user),
    leadHome(user),
    steeringHome(user),
    secretariatHome(user),
    memberHome(user),
    spreadHome(user),
  ]);
const managed = async (w: World, permission?: "pilot.approve") =>
  (await findManagedCommunity(w.community, w.users.secretariat, permission))!.id;

/** Each page's loaders, as its page.tsx and the components it renders call them (app/…/page.tsx). */
const PAGES: Record<string, (w: World) => Promise<unknown>> = {
  "layout: session user and bell": async (w) => {
    await sessionRow(w.users.member.id);
    await unreadCount(w.users.member);
  },
  "home, anonymous": () => Promise.all([listCommunities(null), countPilotsByStage(null)]),
  "home, member": (w) => home(w.users.member),
  "home, lead": (w) => home(w.users.lead),
  "home, steering": (w) => home(w.users.steering),
  "home, secretariat": (w) => home(w.users.secretariat),
  "catalogue, no query": (w) => catalogue(w, { q: "", filters: emptyFilters(), page: 1 }),
  "catalogue, two words and two filters": (w) => catalogue(w, search),
  "pilot page": async (w) => {
    const [u, id] = [w.users.member, w.pilotId];
    await getPilotStory(u, id);
    await Promise.all([
      getPilotTimeline(u, id, 1),
      flaggedPhases([id]),
      pilotOrigin(u, id),
      getKpiBoard(u, id),
      latestResults(u, id),
      getLessons(u, id),
      pilotRisks(u, id),
      pilotSpread(u, id),
      organisationTakesPart(id, u.organisation.id),
      siteOrganisations(id),
      procurementPack(u, id),
      pilotSiteList(u, id),
      pilotBenefits(u, id),
      similarPilots(u, id, 4),
    ]);
  },
  "portfolio dashboard": (w) => Promise.all([loadFilterOptions(), loadSummary(w.users.member, {})]),
  "API list": (w) => listPilotsResponse(new Request("http://localhost/api/v1/pilots?page=2"), w.users.member),
  "API list, searched": (w) =>
    listPilotsResponse(new Request("http://localhost/api/v1/pilots?q=sensorer+vandstand"), w.users.member),
  challenges: (w) => listChallenges(w.users.member, { page: 1 }),
  "municipality page": async (w) => {
    const m = (await findMunicipality(w.municipality))!;
    await Promise.all([placeProfile(w.users.member, [m.id]), organisationSpread(w.users.member, m.id)]);
  },
  "gate overview": async (w) => gateOverview(w.users.secretariat, await managed(w)),
  "gate review page": async (w) => {
    await getGatePage(w.users.gateLead, w.gatePilotId);
    await highRisks(w.users.gateLead, w.gatePilotId);
  },
  "steering queue": (w) =>
    Promise.all([
      steeringQueue(w.users.steering),
      steeringHome(w.users.steering),
      managedCommunities(w.users.steering),
    ]),
  "approval queue": async (w) => approvalQueue(w.users.secretariat, await managed(w, "pilot.approve")),
};

/** The statements `fn` sends on world `w`'s logging client (transaction bookkeeping left out). */
async function count(w: World, fn: (w: World) => Promise<unknown>): Promise<number> {
  (globalThis as { __innovationsmotorDb?: Database }).__innovationsmotorDb = { ...w.db, prisma: w.logging };
  await fn(w); // a first view may fill a stored list (similar pilots); the count is of a view after it
  statements = [];
  await fn(w);
  return statements.filter((q) => !/^\s*(BEGIN|COMMIT|ROLLBACK|SET|DEALLOCATE)/i.test(q)).length;
}

beforeAll(async () => {
  for (const pilots of SIZES) worlds.push(await generate(pilots));
}, 240_000);

it("has data four times larger in the second world", async () => {
  const pilots = await Promise.all(worlds.map((w) => w.db.prisma.pilot.count()));
  expect(pilots).toEqual(SIZES);
});

/**
 * The counts as they are: a page whose list is paginated sends as many statements at any size even
 * with a query per row shown, so a new statement on any page fails here too. Deliberate? Update it.
 */
const RECORDED: Record<string, number> = {
  "layout: session user and bell": 2,
  "home, anonymous": 3,
  "home, member": 18,
  "home, lead": 19,
  "home, steering": 22,
  "home, secretariat": 24,
  "catalogue, no query": 6,
  "catalogue, two words and two filters": 13,
  "pilot page": 31,
  "portfolio dashboard": 15,
  "API list": 2,
  "API list, searched": 8,
  challenges: 2,
  "municipality page": 7,
  "gate overview": 7,
  "gate review page": 10,
  "steering queue": 8,
  "approval queue": 3,
};

it("sends the same number of statements on every page at both sizes", async () => {
  const counts: Record<string, number[]> = {};
  for (const [page, fn] of Object.entries(PAGES)) {
    counts[page] = [];
    for (const w of worlds) counts[page].push(await count(w, fn));
  }
  console.info(
    `SQL statements per page at ${SIZES.join(" and ")} pilots:\n` +
      Object.entries(counts)
        .map(
          ([page, [small, large]]) => `  ${page.padEnd(40)} ${String(small).padStart(3)} ${String(large).padStart(3)}`,
        )
        .join("\n"),
  );
  const at = (i: number) => Object.fromEntries(Object.entries(counts).map(([p, c]) => [p, c[i]]));
  expect(at(1)).toEqual(at(0));
  expect(at(0)).toEqual(RECORDED);
}, 120_000);

it("has rows on the pages whose lists grow with the data, so a query per row would show", async () => {
  for (const w of worlds) {
    (globalThis as { __innovationsmotorDb?: Database }).__innovationsmotorDb = w.db;
    const queue = (await steeringQueue(w.users.steering))!;
    expect(queue.awaitingMe.length + queue.readyToDecide.length + queue.waitingForOthers.length).toBeGreaterThan(1);
    const overview = await gateOverview(w.users.secretariat, await managed(w));
    expect(overview.open.length).toBeGreaterThan(1);
    expect((await approvalQueue(w.users.secretariat, await managed(w, "pilot.approve"))).pilots.length).toBeGreaterThan(
      0,
    );
    const story = (await getPilotStory(w.users.member, w.pilotId))!;
    expect(story.phases.length).toBeGreaterThan(0);
  }
});
