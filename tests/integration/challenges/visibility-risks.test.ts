// PRODUCT.md rule 10 for the front door: a challenge (with its ideas and comments) is seen by its own
// visibility — public by anyone, members-only by every signed-in user, a token by its community's —
// in pages, search and the API alike; a risk exactly by those who may see its pilot. And the risk
// register's bad input: probability 0 or 6 is refused beside the field and changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../../lib/generated/prisma/client";
import { freshDatabase } from "../db";
import { insertPilot } from "../../support/builders/pilots";
import type { SessionUser } from "../../../lib/auth/session";
import { AppError } from "../../../lib/errors";
import { postChallenge, cosponsorChallenge, proposeIdea } from "../../../lib/challenges/write";
import { getChallenge, listChallenges, organisationChallenges } from "../../../lib/challenges/queries";
import { visibleChallengesSql, visibleChallengesWhere } from "../../../lib/challenges/visibility";
import { searchChallenges } from "../../../lib/search/challenges";
import { challengesResponse, pilotRisksResponse } from "../../../lib/api/challenges";
import { saveRisk } from "../../../lib/risks/write";
import { openRisks, pilotRisks, highRisks } from "../../../lib/risks/queries";
import { addDays, danishDay } from "../../../lib/dates";
import { seedFrontWorld, challengeInput, ideaInput, type FrontWorld } from "./world";

const db = await freshDatabase();
let w: FrontWorld;
let membersOnly: number;
let open: number;
let fddChallenge: number;
let token: SessionUser;

beforeAll(async () => {
  w = await seedFrontWorld(db.prisma);
  membersOnly = (
    await postChallenge(
      w.users.poster,
      challengeInput(w.gtm, { title: "Skybrudsvarsling i kældre", visibility: "MEMBERS" }),
    )
  ).id;
  open = (
    await postChallenge(
      w.users.poster,
      challengeInput(w.gtm, {
        title: "Støj fra vejtrafik ved skoler",
        problem: "Trafikstøj forstyrrer undervisningen.",
        visibility: "PUBLIC",
      }),
    )
  ).id;
  fddChallenge = (
    await postChallenge(w.users.ishoej, challengeInput(w.fdd, { title: "Skybrud på Vestegnen", visibility: "MEMBERS" }))
  ).id;
  await cosponsorChallenge(w.users.ishoej, { challengeId: membersOnly, note: "Også her" });
  await proposeIdea(w.users.skanderborg, ideaInput(membersOnly));
  token = { ...w.users.vallensbaek, apiToken: { id: 1, access: "READ", communityId: w.fdd, pilotId: null } };
}, 60_000);

const ids = (items: { id: number }[]) => items.map((c) => c.id).sort((a, b) => a - b);
const apiIds = async (user: SessionUser | null) =>
  ids(
    (
      (await (await challengesResponse(new Request("http://localhost/api/v1/challenges"), user)).json()) as {
        items: { id: number }[];
      }
    ).items,
  );

describe("challenges", () => {
  it("shows a members-only challenge to no signed-out visitor: not in the list, the page, the search, the organisation's page or the API", async () => {
    expect(ids((await listChallenges(null)).items)).toEqual([open]);
    expect(await getChallenge(null, membersOnly)).toBeNull();
    expect(await getChallenge(null, open)).not.toBeNull();
    expect(ids((await searchChallenges(null, "skybrud")).hits)).toEqual([]);
    expect(ids((await searchChallenges(null, "trafikstøj")).hits)).toEqual([open]);
    const org = await organisationChallenges(null, w.users.ishoej.organisation.id);
    expect([...org.posted, ...org.shared]).toEqual([]);
    expect(await apiIds(null)).toEqual([open]);
  });

  it("shows every challenge to every signed-in user of either community, with its co-sponsors and ideas", async () => {
    for (const user of [w.users.poster, w.users.vallensbaek, w.users.fddLead]) {
      expect(ids((await listChallenges(user)).items)).toEqual([membersOnly, open, fddChallenge].sort((a, b) => a - b));
      expect(ids((await searchChallenges(user, "skybrud")).hits)).toEqual(
        [membersOnly, fddChallenge].sort((a, b) => a - b),
      );
    }
    const page = await getChallenge(w.users.fddLead, membersOnly);
    expect(page?.cosponsors.map((s) => s.organisation.id)).toEqual([w.users.ishoej.organisation.id]);
    expect(page?.ideas).toHaveLength(1);
  });

  it("finds Danish word forms through the stemmer (skybrudene, kældrene)", async () => {
    expect(ids((await searchChallenges(w.users.poster, "skybrudene kældrene")).hits)).toContain(membersOnly);
  });

  it("gives a token its own community's challenges only, in the API", async () => {
    expect(await apiIds(token)).toEqual([fddChallenge]);
  });

  it("has a where-clause and an SQL twin that agree for every kind of reader", async () => {
    for (const user of [null, w.users.poster, token]) {
      const where = await db.prisma.challenge.findMany({ where: visibleChallengesWhere(user), select: { id: true } });
      const sql = await db.prisma.$queryRaw<
        { id: number }[]
      >`SELECT ch.id FROM "Challenge" ch WHERE ${visibleChallengesSql(user, "ch")}`;
      expect(ids(sql)).toEqual(ids(where));
    }
    expect(() => visibleChallengesSql(null, 'x"; DROP')).toThrow();
    expect(Prisma.sql`${visibleChallengesSql(null)}`.sql).toContain("PUBLIC");
  });
});

describe("risks", () => {
  let active: Awaited<ReturnType<typeof insertPilot>>;
  let draft: Awaited<ReturnType<typeof insertPilot>>;
  const risk = (pilotId: number, over: Record<string, unknown> = {}) => ({
    pilotId,
    description: "Leverandøren leverer sensorerne for sent",
    probability: "4",
    consequence: "4",
    owner: "Projektlederen",
    mitigation: "",
    status: "OPEN",
    reviewedAt: danishDay(),
    ...over,
  });

  beforeAll(async () => {
    active = await insertPilot(db.prisma, {
      communityId: w.gtm,
      lead: w.users.gtmLead,
      status: "ACTIVE",
      visibility: "MEMBERS",
      phases: [{ kind: "TEST", status: "ACTIVE", granted: 100_000 }],
    });
    draft = await insertPilot(db.prisma, {
      communityId: w.gtm,
      lead: w.users.gtmLead,
      status: "DRAFT",
      phases: [{ kind: "TEST" }],
    });
  });

  it("refuses probability 0 or 6, consequence 7, an empty description and a future review day beside the fields, and writes nothing", async () => {
    const before = await db.prisma.risk.count();
    for (const [p, c] of [
      ["0", "3"],
      ["6", "3"],
      ["3", "7"],
      ["2.5", "3"],
      ["", "3"],
    ]) {
      const err = (await saveRisk(w.users.gtmLead, risk(active.id, { probability: p, consequence: c })).catch(
        (e: unknown) => e,
      )) as AppError;
      expect(err).toBeInstanceOf(AppError);
      expect(Object.keys(err.fields ?? {}).sort(), `${p}×${c}`).toEqual(p === "3" ? ["consequence"] : ["probability"]);
    }
    const err = (await saveRisk(
      w.users.gtmLead,
      risk(active.id, { description: " ", reviewedAt: addDays(danishDay(), 10) }),
    ).catch((e: unknown) => e)) as AppError;
    expect(err.fields).toEqual({
      description: "risks.errors.descriptionRequired",
      reviewedAt: "risks.errors.reviewedFuture",
    });
    expect(await db.prisma.risk.count()).toBe(before);
  });

  it("lets only the pilot's lead keep the register; another community's lead gets 403 on an active pilot and 404 on a draft", async () => {
    await saveRisk(w.users.gtmLead, risk(active.id));
    await saveRisk(
      w.users.gtmLead,
      risk(active.id, { description: "Borgerne klager over sensorerne", probability: "2", consequence: "2" }),
    );
    await saveRisk(w.users.gtmLead, risk(draft.id, { description: "Ingen leverandør byder" }));
    await expect(saveRisk(w.users.fddLead, risk(active.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveRisk(w.users.fddLead, risk(draft.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveRisk(w.users.gtmSecretariat, risk(active.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("saves a review only on the version it was opened with", async () => {
    const [r] = (await pilotRisks(w.users.gtmLead, active.id))!;
    await saveRisk(
      w.users.gtmLead,
      risk(active.id, { riskId: r.id, version: r.version, status: "MITIGATED", description: r.description }),
    );
    await expect(
      saveRisk(w.users.gtmLead, risk(active.id, { riskId: r.id, version: r.version, status: "CLOSED" })),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "risks.errors.stale" });
    await saveRisk(
      w.users.gtmLead,
      risk(active.id, { riskId: r.id, version: r.version + 1, status: "OPEN", description: r.description }),
    );
  });

  it("shows a pilot's risks exactly to those who may see the pilot, in pages, the portfolio and the API", async () => {
    expect(await pilotRisks(null, active.id)).toBeNull();
    expect((await pilotRisks(w.users.fddLead, active.id))?.map((r) => r.probability * r.consequence)).toEqual([16, 4]);
    expect(await pilotRisks(w.users.fddLead, draft.id)).toBeNull();
    expect(await pilotRisks(w.users.gtmSecretariat, draft.id)).toHaveLength(1);
    expect((await openRisks(w.users.fddLead)).map((r) => r.pilot.id)).not.toContain(draft.id);
    expect(await openRisks(null)).toEqual([]);
    expect((await pilotRisksResponse(null, String(active.id)).catch((e: AppError) => e)) as AppError).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await (await pilotRisksResponse(w.users.fddLead, String(active.id))).json()) as unknown[]).toHaveLength(2);
    expect((await highRisks(w.users.fddLead, active.id)).map((r) => r.description)).toEqual([
      "Leverandøren leverer sensorerne for sent",
    ]);
    expect(await highRisks(null, active.id)).toEqual([]);
  });

  it("closes the register when the pilot ends (lifecycle: recordRisk)", async () => {
    await db.prisma.pilot.update({ where: { id: active.id }, data: { status: "STOPPED" } });
    await expect(saveRisk(w.users.gtmLead, risk(active.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db.prisma.pilot.update({ where: { id: active.id }, data: { status: "SUBMITTED" } });
    await expect(saveRisk(w.users.gtmLead, risk(active.id))).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "pilots.errors.underReview",
    });
    await db.prisma.pilot.update({ where: { id: active.id }, data: { status: "ACTIVE" } });
  });
});
