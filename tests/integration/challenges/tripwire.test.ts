// "Mangler evidens" (issue 19, decision 0026): one rule for the flag, the at-risk list and the homes,
// at the community's share; notified once per crossing, also with two app instances sweeping at once
// (on a PostgreSQL server the second instance is its own client and pool); cleared by evidence.
// And the shelf's reminder, once per day set.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, secondInstance } from "../db";
import { insertPilot } from "../../support/builders/pilots";
import { flaggedPhases } from "../../../lib/tripwire/flags";
import { loadAtRisk } from "../../../lib/portfolio/sections/at-risk";
import { sweepEvidence, sweepShelf } from "../../../lib/notifications/front-door";
import { listNotices } from "../../../lib/notifications/queries";
import { noticePath } from "../../../lib/notifications/kinds";
import { logResult } from "../../../lib/results/log";
import { leadHome } from "../../../lib/home/lead";
import { secretariatHome } from "../../../lib/home/secretariat";
import { postChallenge } from "../../../lib/challenges/write";
import { danishDay } from "../../../lib/dates";
import { seedFrontWorld, challengeInput, type FrontWorld } from "./world";

const db = await freshDatabase();
const other = secondInstance();
let w: FrontWorld;
let pilot: Awaited<ReturnType<typeof insertPilot>>;
let phaseId: number;

const setSpent = (spent: number, granted = 100_000) =>
  db.prisma.phase.update({ where: { id: phaseId }, data: { spent, granted } });
const evidenceNotices = () => db.prisma.notification.count({ where: { kind: "EVIDENCE_MISSING", phaseId } });
const reasons = async () =>
  (await loadAtRisk(w.users.gtmSecretariat, { community: "govtech-midtjylland" })).items.find(
    (i) => i.pilotId === pilot.id,
  )?.reasons ?? [];

beforeAll(async () => {
  w = await seedFrontWorld(db.prisma);
  pilot = await insertPilot(db.prisma, {
    communityId: w.gtm,
    lead: w.users.gtmLead,
    status: "ACTIVE",
    phases: [
      {
        kind: "TEST",
        status: "ACTIVE",
        granted: 100_000,
        spent: 59_999,
        startedAt: "2026-01-01",
        plannedEnd: "2099-12-31",
      },
    ],
  });
  phaseId = pilot.phase("TEST");
}, 60_000);

describe("the tripwire", () => {
  it("flags a phase at its community's share (60 % by default) with no result and no measurement, and the at-risk list and the homes say the same", async () => {
    expect(await flaggedPhases([pilot.id])).toEqual([]);
    expect(await reasons()).not.toContain("noEvidence");
    await setSpent(60_000);
    expect(await flaggedPhases([pilot.id])).toMatchObject([
      { pilotId: pilot.id, phaseId, spent: 60_000, granted: 100_000, share: 60 },
    ]);
    expect(await reasons()).toContain("noEvidence");
    expect((await leadHome(w.users.gtmLead)).pilots.find((p) => p.id === pilot.id)?.steps[0]).toEqual({
      step: "logEvidence",
      phase: "TEST",
    });
    expect(
      (await secretariatHome(w.users.gtmSecretariat)).find((c) => c.slug === "govtech-midtjylland")?.evidenceMissing,
    ).toBe(1);
  });

  it("follows the community's own share", async () => {
    await db.prisma.community.update({ where: { id: w.gtm }, data: { evidenceSharePercent: 70 } });
    expect(await flaggedPhases([pilot.id])).toEqual([]);
    expect(await reasons()).not.toContain("noEvidence");
    await db.prisma.community.update({ where: { id: w.gtm }, data: { evidenceSharePercent: 60 } });
    expect(await flaggedPhases([pilot.id])).toHaveLength(1);
  });

  it("notifies the lead and the secretariat once, however many sweeps run at once on however many instances", async () => {
    const sweeps = [
      sweepEvidence(),
      sweepEvidence(),
      sweepEvidence(),
      ...(other ? [sweepEvidence(new Date(), other.prisma), sweepEvidence(new Date(), other.prisma)] : []),
    ];
    const made = await Promise.all(sweeps);
    // The lead and GovTech's two secretariat users.
    expect(made.reduce((a, b) => a + b, 0)).toBe(3);
    expect(await evidenceNotices()).toBe(3);
    expect(
      await Promise.all([sweepEvidence(), other ? sweepEvidence(new Date(), other.prisma) : sweepEvidence()]),
    ).toEqual([0, 0]);
    expect(
      await db.prisma.phase.findUniqueOrThrow({ where: { id: phaseId }, select: { evidenceCrossings: true } }),
    ).toEqual({ evidenceCrossings: 1 });
    const notice = (await listNotices(w.users.gtmLead)).find((n) => n.kind === "EVIDENCE_MISSING");
    expect(notice && noticePath(notice.kind, notice)).toBe(`/piloter/${pilot.id}/resultater`);
  });

  it("notifies again only after a new crossing (a larger grant brought it under the share, then spending crossed it again)", async () => {
    await setSpent(60_000, 200_000);
    expect(await flaggedPhases([pilot.id])).toEqual([]);
    expect(await sweepEvidence()).toBe(0);
    await setSpent(130_000, 200_000);
    expect(
      await Promise.all([sweepEvidence(), other ? sweepEvidence(new Date(), other.prisma) : sweepEvidence()]).then(
        (n) => n[0] + n[1],
      ),
    ).toBe(3);
    expect(await evidenceNotices()).toBe(6);
  });

  it("clears itself the moment evidence is logged, and the sweep then sends nothing", async () => {
    await logResult(w.users.gtmLead, {
      phaseId,
      kind: "MEASUREMENT",
      occurredOn: danishDay(),
      title: "Første målinger",
    });
    expect(await flaggedPhases([pilot.id])).toEqual([]);
    expect(await reasons()).not.toContain("noEvidence");
    expect(await sweepEvidence()).toBe(0);
    expect(
      await db.prisma.phase.findUniqueOrThrow({ where: { id: phaseId }, select: { evidenceFlaggedAt: true } }),
    ).toEqual({ evidenceFlaggedAt: null });
  });
});

describe("the shelf's reminder", () => {
  it("tells the challenge community's secretariat once when the day to look again has come", async () => {
    const { id: challengeId } = await postChallenge(w.users.poster, challengeInput(w.gtm));
    const idea = await db.prisma.idea.create({
      data: {
        challengeId,
        title: "Droner over bassinerne",
        description: "Droner tager billeder.",
        technologies: ["Droner"],
        proposedById: w.users.poster.id,
        status: "SHELVED",
        reason: "Vent på lovgivning",
        reviewOn: new Date("2026-03-01T00:00:00Z"),
      },
    });
    const day = new Date("2026-02-28T10:00:00Z");
    expect(await sweepShelf(day)).toBe(0);
    const due = new Date("2026-03-01T10:00:00Z");
    expect(
      (await Promise.all([sweepShelf(due), other ? sweepShelf(due, other.prisma) : sweepShelf(due)])).reduce(
        (a, b) => a + b,
        0,
      ),
    ).toBe(2);
    const notices = await listNotices(w.users.gtmSecretariat);
    const n = notices.find((x) => x.kind === "IDEA_REVIEW_DUE");
    expect(n && noticePath(n.kind, n)).toBe(`/udfordringer/${challengeId}#ide-${idea.id}`);
    // Not the other community's secretariat, and not the lead.
    expect((await listNotices(w.users.fddSecretariat)).some((x) => x.kind === "IDEA_REVIEW_DUE")).toBe(false);
    expect(await db.prisma.notification.count({ where: { kind: "IDEA_REVIEW_DUE" } })).toBe(2);
  });
});

describe("the community's share", () => {
  it("is set by its own secretariat only, 1–100, beside the field", async () => {
    const { setEvidenceShare } = await import("../../../lib/tripwire/setting");
    await expect(setEvidenceShare(w.users.fddSecretariat, { communityId: w.gtm, share: "70" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setEvidenceShare(w.users.gtmLead, { communityId: w.gtm, share: "70" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    for (const share of ["0", "101", "55,5", "x"])
      await expect(setEvidenceShare(w.users.gtmSecretariat, { communityId: w.gtm, share })).rejects.toMatchObject({
        fields: { share: "tripwire.settingInvalid" },
      });
    await setEvidenceShare(w.users.gtmSecretariat, { communityId: w.gtm, share: "75 %" });
    expect(
      (await db.prisma.community.findUniqueOrThrow({ where: { id: w.gtm }, select: { evidenceSharePercent: true } }))
        .evidenceSharePercent,
    ).toBe(75);
  });
});
