// Issue 10 part 2: the money and editing paths under 100+ concurrent requests spread over two app
// instances on one PostgreSQL server (the suite's own instance and a second `next start` on the same
// database and secret). Expenses go through the API with session cookies; approvals, pledges and
// pilot edits go through their real server-action forms, replayed as a browser without JavaScript
// would post them. Afterwards the database itself is checked: spent ≤ granted, pool ≥ 0, every
// total equals its ledger, and of many saves on one version exactly one won while every other saver
// was told and got back what they typed. Runs only on a PostgreSQL server (the server run of
// .ci/run); on the embedded database there is one connection and one instance by design.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { test, expect, signInAs, ROLES } from "./fixtures";
import type { Page } from "@playwright/test";
import { openServer, type Database } from "../../lib/db/connect";
import { buildPilot } from "../integration/funding/builders";
import type { SessionUser } from "../../lib/auth/session";
import { sessionCookie, startApp, type AppInstance } from "./support/app-instance";
import { brokenRules } from "./support/invariants";

const dbUrl = process.env.DATABASE_URL ?? "";
const STALE: string = JSON.parse(readFileSync("lib/i18n/da/pilots.json", "utf8")).pilots.errors.stale;
const FIRST = Number(process.env.E2E_PORT ?? 3100);
const REQUESTS = 120;

test.describe("two app instances on one PostgreSQL server under concurrent load", () => {
  test.skip(!/^postgres(ql)?:\/\//.test(dbUrl), "needs DATABASE_URL=postgresql://… (the server run of .ci/run)");
  test.setTimeout(300_000);

  let second: AppInstance;
  let db: Database;
  let instances: string[];
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    second = await startApp(FIRST + 20, { DATABASE_URL: dbUrl, DATA_DIR: ".data/e2e" });
    instances = [`http://localhost:${FIRST}`, second.url];
    db = openServer(dbUrl);
  });
  test.afterAll(async () => {
    await second?.stop();
    await db?.close();
  });

  const userByEmail = (email: string) =>
    db.prisma.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, organisation: { select: { id: true } } },
    }) as unknown as Promise<SessionUser>;
  const govtech = () =>
    db.prisma.community.findUniqueOrThrow({ where: { slug: "govtech-midtjylland" }, select: { id: true } });
  const rulesHold = async () => expect(await brokenRules(dbUrl)).toEqual([]);

  /** The fields of the form around `selector` as the server rendered them, React's action fields included. */
  async function formFields(page: Page, url: string, selector: string): Promise<[string, string][]> {
    await page.goto(url);
    return page
      .locator(selector)
      .first()
      .evaluate((el) => {
        const form = el.closest("form") as HTMLFormElement;
        return [...new FormData(form).entries()].map(([k, v]) => [k, String(v)] as [string, string]);
      });
  }

  /** Posts the form to `path` on instance i % 2, as a browser without JavaScript would. */
  async function post(i: number, path: string, fields: [string, string][], cookie: string) {
    const base = instances[i % 2];
    const body = new FormData();
    // Each press is its own form on its own screen, so each has its own request key (a retry of one
    // press would reuse it and get that press's answer: tests/integration/gates/once.test.ts).
    for (const [k, v] of fields) body.append(k, k === "requestKey" ? randomUUID() : v);
    const res = await fetch(`${base}${path}`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { cookie, origin: base },
    });
    return { status: res.status, html: await res.text() };
  }

  /** The form's fields with some values replaced, and fields the browser would add (a chosen radio) appended. */
  const withValues = (fields: [string, string][], values: Record<string, string>) => [
    ...fields.map(([k, v]) => [k, k in values ? values[k] : v] as [string, string]),
    ...Object.entries(values).filter(([k]) => !fields.some(([f]) => f === k)),
  ];

  test(`expenses: ${REQUESTS} posts over both instances never spend more than granted, and every accepted one is booked`, async () => {
    const lead = await userByEmail(ROLES.projectLead);
    const pilot = await buildPilot(db.prisma, { communityId: (await govtech()).id, lead, testGranted: 250_000 });
    const phaseId = pilot.phases[0].id;
    const cookies = await Promise.all(instances.map((u) => sessionCookie(u, ROLES.projectLead)));
    const amounts = Array.from({ length: REQUESTS }, (_, i) => 1_000 + ((i * 7_919) % 4_000)); // ≈ 360.000 kr. asked for 250.000
    const answers = await Promise.all(
      amounts.map(async (amount, i) => {
        const res = await fetch(`${instances[i % 2]}/api/v1/phases/${phaseId}/expenses`, {
          method: "POST",
          headers: { cookie: cookies[i % 2], "content-type": "application/json" },
          body: JSON.stringify({ amount, date: "2026-10-01", category: "drift", description: `Samtidig udgift ${i}` }),
        });
        return { amount, status: res.status, body: (await res.json()) as { error?: { code: string } } };
      }),
    );
    const accepted = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 409);
    expect(
      accepted.length + refused.length,
      JSON.stringify(answers.filter((a) => a.status !== 201 && a.status !== 409).slice(0, 3)),
    ).toBe(REQUESTS);
    for (const r of refused) expect(r.body.error?.code).toBe("grant_exceeded");
    const spent = accepted.reduce((s, a) => s + a.amount, 0);
    expect(spent).toBeLessThanOrEqual(250_000);
    expect(250_000 - spent, "refusals only when the grant was (nearly) used up").toBeLessThan(5_000);
    const phase = await db.prisma.phase.findUniqueOrThrow({
      where: { id: phaseId },
      select: { spent: true, _count: { select: { expenses: true } } },
    });
    expect(phase).toEqual({ spent, _count: { expenses: accepted.length } });
    await rulesHold();
    console.log(
      `[load] expenses: ${REQUESTS} posts over 2 instances, ${accepted.length} accepted (${spent} kr. of 250000), ${refused.length} refused with grant_exceeded`,
    );
  });

  test(`approvals: ${REQUESTS} approve presses over both instances never take the pool below zero, each pilot approved once`, async ({
    page,
  }) => {
    const gtm = await govtech();
    const lead = await userByEmail(ROLES.projectLead);
    const secretariat = await userByEmail(ROLES.secretariat);
    const year = Number(
      new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Copenhagen" }).format(new Date()),
    );
    // A known balance, put in as a contribution through the ledger so pool = Σ entries still holds.
    const pool = await db.prisma.$transaction(async (tx) => {
      const p = await tx.pool.upsert({
        where: { communityId_year: { communityId: gtm.id, year } },
        create: { communityId: gtm.id, year, balance: 0 },
        update: {},
      });
      await tx.poolEntry.create({
        data: {
          poolId: p.id,
          kind: "CONTRIBUTION",
          amount: 1_000_000,
          note: "Belastningstest",
          createdById: secretariat.id,
        },
      });
      return tx.pool.update({ where: { id: p.id }, data: { balance: { increment: 1_000_000 } } });
    });
    const grant = Math.floor(pool.balance / 3) + 1; // at most two fit
    const pilots = await Promise.all(
      Array.from({ length: 10 }, () =>
        buildPilot(db.prisma, { communityId: gtm.id, lead, status: "SUBMITTED", testGranted: grant }),
      ),
    );
    await signInAs(page, ROLES.secretariat);
    const path = "/faellesskaber/govtech-midtjylland/godkendelser";
    const fields = await formFields(
      page,
      path,
      `form:has(input[name="pilotId"][value="${pilots[0].id}"]) input[name="grant"]`,
    );
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const answers = await Promise.all(
      Array.from({ length: REQUESTS }, (_, i) =>
        post(
          i,
          path,
          withValues(fields, { pilotId: String(pilots[i % pilots.length].id), grant: String(grant) }),
          cookie,
        ),
      ),
    );
    expect(answers.filter((a) => a.status >= 500).map((a) => a.status)).toEqual([]);
    const approved = await db.prisma.poolEntry.findMany({
      where: { kind: "GRANT", phaseId: { in: pilots.map((p) => p.phases[0].id) } },
      select: { phaseId: true, amount: true },
    });
    expect(approved.length).toBe(2);
    expect(new Set(approved.map((a) => a.phaseId)).size).toBe(2);
    const after = await db.prisma.pool.findUniqueOrThrow({ where: { id: pool.id }, select: { balance: true } });
    expect(after.balance).toBe(pool.balance - 2 * grant);
    expect(after.balance).toBeGreaterThanOrEqual(0);
    await rulesHold();
    console.log(
      `[load] approvals: ${REQUESTS} presses on 10 pilots over 2 instances, pool ${pool.balance} → ${after.balance}, ${approved.length} approved`,
    );
  });

  test(`pledges: ${REQUESTS} saves of one phase's co-funding over both instances leave pledges that sum to the stored total`, async ({
    page,
  }) => {
    const gtm = await govtech();
    const lead = await userByEmail(ROLES.projectLead);
    const others = await db.prisma.organisation.findMany({
      where: { kind: "KOMMUNE", id: { not: lead.organisation.id } },
      select: { id: true },
      take: 3,
      orderBy: { id: "asc" },
    });
    // A draft: pledges are part of the plan, fixed once the pilot is submitted (lib/lifecycle.ts).
    const pilot = await buildPilot(db.prisma, {
      communityId: gtm.id,
      lead,
      status: "DRAFT",
      participants: others.map((o) => o.id),
    });
    const phaseId = pilot.phases[0].id;
    await signInAs(page, ROLES.projectLead);
    const path = `/piloter/${pilot.id}/faser/${phaseId}/tilsagn`;
    const fields = await formFields(page, path, 'input[name="total"]');
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const totals = Array.from({ length: REQUESTS }, (_, i) => 100_000 + i * 1_000);
    const answers = await Promise.all(
      totals.map((total, i) => post(i, path, withValues(fields, { total: String(total), splitKey: "EQUAL" }), cookie)),
    );
    expect(answers.filter((a) => a.status >= 500).map((a) => a.status)).toEqual([]);
    const phase = await db.prisma.phase.findUniqueOrThrow({
      where: { id: phaseId },
      select: { cofundingTotal: true, pledges: { select: { amount: true } } },
    });
    expect(totals).toContain(phase.cofundingTotal);
    expect(phase.pledges.length).toBe(others.length + 1);
    expect(phase.pledges.reduce((s, p) => s + p.amount, 0)).toBe(phase.cofundingTotal);
    await rulesHold();
    console.log(
      `[load] pledges: ${REQUESTS} saves over 2 instances, last total ${phase.cofundingTotal} split over ${phase.pledges.length} pledges that sum to it`,
    );
  });

  test(`editing: ${REQUESTS} saves of one pilot version over both instances — one wins, every other saver is told and keeps what they typed`, async ({
    page,
  }) => {
    const gtm = await govtech();
    const lead = await userByEmail(ROLES.projectLead);
    const pilot = await buildPilot(db.prisma, { communityId: gtm.id, lead, status: "DRAFT" });
    const before = await db.prisma.pilot.findUniqueOrThrow({ where: { id: pilot.id }, select: { version: true } });
    await signInAs(page, ROLES.projectLead);
    const path = `/piloter/${pilot.id}/rediger`;
    const fields = await formFields(page, path, 'input[name="version"]');
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const titles = Array.from({ length: REQUESTS }, (_, i) => `Samtidig redigering nummer ${i + 1}`);
    const answers = await Promise.all(titles.map((title, i) => post(i, path, withValues(fields, { title }), cookie)));
    expect(answers.filter((a) => a.status >= 500).map((a) => a.status)).toEqual([]);
    const after = await db.prisma.pilot.findUniqueOrThrow({
      where: { id: pilot.id },
      select: { version: true, title: true },
    });
    expect(after.version).toBe(before.version + 1);
    const winner = titles.indexOf(after.title);
    expect(winner).toBeGreaterThanOrEqual(0);
    const told = answers.filter(
      (a, i) => i !== winner && a.html.includes(STALE) && a.html.includes(`value="${titles[i]}"`),
    );
    expect(told.length, "every losing saver sees the conflict message and their own title").toBe(REQUESTS - 1);
    console.log(
      `[load] editing: ${REQUESTS} saves of version ${before.version} over 2 instances, 1 saved, ${told.length} told with their text kept`,
    );
  });

  test(`gate: ${REQUESTS} STOP presses on one review over both instances make one decision and release the grant once`, async ({
    page,
  }) => {
    const gtm = await govtech();
    const lead = await userByEmail(ROLES.projectLead);
    // A test phase awaiting its gate, with a review every steering member has scored (quorum reached).
    const pilot = await buildPilot(db.prisma, { communityId: gtm.id, lead, testGranted: 200_000 });
    const phaseId = pilot.phases[0].id;
    await db.prisma.phase.update({ where: { id: phaseId }, data: { status: "AWAITING_GATE", spent: 0 } });
    const review = await db.prisma.gateReview.create({
      data: {
        phaseId,
        evidenceSummary: "Belastningstest af beslutningen.",
        dueDate: new Date(Date.now() + 30 * 86_400_000),
        requestedById: lead.id,
      },
      select: { id: true },
    });
    const criteria = await db.prisma.gateCriterion.findMany({
      where: { communityId: gtm.id, active: true },
      select: { id: true, weight: true },
    });
    const steering = await db.prisma.roleAssignment.findMany({
      where: { communityId: gtm.id, role: "STEERING" },
      select: { userId: true },
    });
    for (const { userId } of steering) {
      await db.prisma.gateScorecard.create({
        data: {
          reviewId: review.id,
          userId,
          scores: {
            create: criteria.map((c) => ({ criterionId: c.id, weight: c.weight, score: 2, comment: "Virker ikke" })),
          },
        },
      });
    }
    const releasesBefore = await db.prisma.poolEntry.count({ where: { phaseId } });
    await signInAs(page, ROLES.steering);
    const path = `/piloter/${pilot.id}/gate`;
    const fields = await formFields(page, path, `input[name="reviewId"][value="${review.id}"]`);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const answers = await Promise.all(
      Array.from({ length: REQUESTS }, (_, i) =>
        post(i, path, withValues(fields, { outcome: "STOP", rationale: `Stop nummer ${i + 1}` }), cookie),
      ),
    );
    expect(answers.filter((a) => a.status >= 500).map((a) => a.status)).toEqual([]);
    const decisions = await db.prisma.gateDecision.findMany({ where: { reviewId: review.id }, select: { id: true } });
    expect(decisions.length).toBe(1);
    const after = await db.prisma.pilot.findUniqueOrThrow({ where: { id: pilot.id }, select: { status: true } });
    expect(after.status).toBe("STOPPED");
    const releases = await db.prisma.poolEntry.findMany({ where: { phaseId }, select: { amount: true } });
    expect(releases.length - releasesBefore, "the unspent grant goes back to the pool once").toBe(1);
    await rulesHold();
    console.log(
      `[load] gate: ${REQUESTS} STOP presses over 2 instances, ${decisions.length} decision, ${releases.length - releasesBefore} release of ${releases.at(-1)?.amount} kr.`,
    );
  });
});
