// The community's tripwire share: the secretariat sets which share of a phase's grant, spent with no
// evidence, flags it "Mangler evidens" (1–100 %, default 60; a CHECK holds the same range).
import "server-only";
import { z } from "zod";
import { prisma } from "../db";
import { authorize } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { idSchema, parseOrThrow } from "../validation";

export const evidenceShareSchema = z.object({
  communityId: idSchema("errors.notFound"),
  share: z.preprocess(
    (v) =>
      typeof v === "string"
        ? v.trim() === ""
          ? undefined
          : /^\d+$/.test(v.trim().replace(/\s*%$/, ""))
            ? Number(v.trim().replace(/\s*%$/, ""))
            : NaN
        : v,
    z
      .number({ error: "tripwire.settingInvalid" })
      .int("tripwire.settingInvalid")
      .min(1, "tripwire.settingInvalid")
      .max(100, "tripwire.settingInvalid"),
  ),
});

export async function setEvidenceShare(user: SessionUser | null, raw: unknown) {
  const input = parseOrThrow(evidenceShareSchema, raw);
  authorize(user, "community.manage", { communityId: input.communityId });
  await prisma.$transaction(async (tx) => {
    const before = await tx.community.findUniqueOrThrow({
      where: { id: input.communityId },
      select: { evidenceSharePercent: true },
    });
    await tx.community.update({ where: { id: input.communityId }, data: { evidenceSharePercent: input.share } });
    await recordAudit(tx, {
      actorId: user!.id,
      communityId: input.communityId,
      entity: "Community",
      entityId: input.communityId,
      action: "evidence-share",
      before,
      after: { evidenceSharePercent: input.share },
    });
  });
}

export async function evidenceShare(communityId: number): Promise<number> {
  return (
    await prisma.community.findUniqueOrThrow({ where: { id: communityId }, select: { evidenceSharePercent: true } })
  ).evidenceSharePercent;
}
