// The risk register at the gate (issue 19, decision 0026): the open risks scoring 15 or more are
// frozen into the review when the lead asks for it (later edits of the register do not rewrite what
// the steering group saw), and a gate criterion may refer to them: the secretariat marks it, and the
// open review hands the mark to the scorecard.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { requestGateReview } from "../../../lib/gates/request";
import { openReviewDetail } from "../../../lib/gates/queries/review";
import { communityCriteria, saveCriteria } from "../../../lib/gates/criteria";
import { criteriaFormSchema } from "../../../lib/gates/criteria-schema";
import { readEvidence } from "../../../lib/gates/evidence";
import { buildStagePilot, requestInput, seedGateWorld, type GateWorld } from "./fixtures";

let db: Database;
let w: GateWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedGateWorld(db.prisma, 50_000_000);
});

async function risk(
  pilotId: number,
  description: string,
  probability: number,
  consequence: number,
  status: "OPEN" | "MITIGATED" = "OPEN",
) {
  return db.prisma.risk.create({
    data: {
      pilotId,
      description,
      probability,
      consequence,
      owner: "Vejafdelingen",
      mitigation: "Reservedele på lager",
      status,
      reviewedAt: new Date("2026-11-01"),
      createdById: w.users.lead.id,
    },
    select: { id: true },
  });
}

describe("high risks at the gate", () => {
  it("freezes the open risks scoring 15 or more into the review, highest first, and keeps them when the register changes", async () => {
    const pilot = await buildStagePilot(db.prisma, w, { granted: 200_000, spent: 150_000 });
    const twenty = await risk(pilot.id, "Sensorerne fryser fast", 4, 5);
    await risk(pilot.id, "Leverandøren går konkurs", 5, 3); // 15: on the line, counted
    await risk(pilot.id, "Borgerne klager over skilte", 3, 4); // 12: below
    await risk(pilot.id, "Dataplatformen lukker", 5, 5, "MITIGATED"); // not open
    const { reviewId } = await requestGateReview(w.users.lead, requestInput(pilot.phaseId));
    const frozen = async () =>
      readEvidence(
        (await db.prisma.gateReview.findUniqueOrThrow({ where: { id: reviewId }, select: { criteriaEvidence: true } }))
          .criteriaEvidence,
      );
    const risks = (await frozen()).filter((e) => e.kind === "risk");
    expect(risks.map((e) => e.criterion)).toEqual(["Sensorerne fryser fast", "Leverandøren går konkurs"]);
    await db.prisma.risk.update({ where: { id: twenty.id }, data: { status: "CLOSED", description: "Løst" } });
    expect((await frozen()).filter((e) => e.kind === "risk").map((e) => e.criterion)).toEqual([
      "Sensorerne fryser fast",
      "Leverandøren går konkurs",
    ]);

    const detail = await openReviewDetail(w.users.steering, reviewId, w.gtm);
    expect(detail.criteria.filter((c) => c.considersRisks).map((c) => c.nameEn)).toEqual([
      "Security, law and ethical use of technology",
    ]);
  });

  it("lets the secretariat move the mark to another criterion from the criteria form, audited", async () => {
    const before = await communityCriteria(w.gtm);
    const form: Record<string, string> = { communityId: String(w.gtm) };
    for (const c of before) {
      Object.assign(form, {
        [`nameDa_${c.id}`]: c.nameDa,
        [`nameEn_${c.id}`]: c.nameEn,
        [`weight_${c.id}`]: String(c.weight),
        [`position_${c.id}`]: String(c.position),
      });
      if (c.active) form[`active_${c.id}`] = "on";
      // The data criterion looks at risks now; the security criterion no longer does.
      if (c.key === "data") form[`risks_${c.id}`] = "on";
    }
    const audits = await db.prisma.auditEvent.count({ where: { action: "gate-criteria" } });
    await saveCriteria(w.users.secretariat, criteriaFormSchema.parse(form));
    const after = await communityCriteria(w.gtm);
    expect(after.filter((c) => c.considersRisks).map((c) => c.key)).toEqual(["data"]);
    expect(await db.prisma.auditEvent.count({ where: { action: "gate-criteria" } })).toBe(audits + 1);
    // The other community's criteria are untouched.
    expect((await communityCriteria(w.fdd)).filter((c) => c.considersRisks).map((c) => c.key)).toEqual(["security"]);
  });
});
