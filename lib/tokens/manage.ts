// Making and revoking API tokens. Both write an audit row in the same transaction; the secret
// itself never reaches the database or the audit trail, only its hash and its display prefix.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import type { CreateTokenInput } from "./schemas";
import { scopeValue } from "./schemas";
import { manageableTokensWhere, mayHoldScope, type ScopeTarget } from "./scope";
import { newTokenSecret } from "./secret";

/** Enough for every platform a lead or secretariat runs; a runaway script hits this, not the table. */
export const MAX_ACTIVE_TOKENS = 25;

async function scopeTarget(ref: CreateTokenInput["scope"]): Promise<ScopeTarget | null> {
  if (ref.kind === "community") {
    const community = await prisma.community.findUnique({ where: { id: ref.id }, select: { id: true } });
    return community && { community };
  }
  const pilot = await prisma.pilot.findUnique({
    where: { id: ref.id },
    select: { id: true, communityId: true, projectLeadId: true },
  });
  return pilot && { pilot };
}

export async function createApiToken(user: SessionUser, input: CreateTokenInput) {
  const target = await scopeTarget(input.scope);
  // A scope that does not exist and one the user may not hold get the same answer: nothing leaks.
  if (!target || !mayHoldScope(user, target))
    throw new AppError("FORBIDDEN", "api.tokens.scopeForbidden", { scope: "api.tokens.scopeForbidden" });
  const communityId = "pilot" in target ? target.pilot.communityId : target.community.id;
  return prisma.$transaction(async (tx) => {
    // The creator's row lock serialises two submits at once, so the cap below cannot be overrun.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    const active = await tx.apiToken.count({ where: { createdById: user.id, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS)
      throw new AppError("CONFLICT", "api.tokens.tooMany", undefined, { params: { max: MAX_ACTIVE_TOKENS } });
    const { secret, tokenHash, prefix } = newTokenSecret();
    const token = await tx.apiToken.create({
      data: {
        name: input.name,
        tokenHash,
        prefix,
        access: input.access,
        communityId: "community" in target ? target.community.id : null,
        pilotId: "pilot" in target ? target.pilot.id : null,
        createdById: user.id,
      },
      select: { id: true, name: true, prefix: true, access: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "ApiToken",
      entityId: token.id,
      action: "create",
      after: { name: token.name, prefix, access: token.access, scope: scopeValue(input.scope) },
    });
    return { secret, token };
  });
}

/** Revoking twice is harmless: the second time reports that it already was. */
export async function revokeApiToken(user: SessionUser, tokenId: number): Promise<"revoked" | "alreadyRevoked"> {
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { AND: [{ id: tokenId }, manageableTokensWhere(user)] },
      select: {
        id: true,
        name: true,
        prefix: true,
        revokedAt: true,
        communityId: true,
        pilot: { select: { communityId: true } },
      },
    });
    if (!token) throw new AppError("NOT_FOUND", "errors.notFound");
    const now = new Date();
    // Conditional on still being active, so two revocations at once write one audit row.
    const { count } = await tx.apiToken.updateMany({
      where: { id: token.id, revokedAt: null },
      data: { revokedAt: now, revokedById: user.id },
    });
    if (count === 0) return "alreadyRevoked";
    await recordAudit(tx, {
      actorId: user.id,
      communityId: token.communityId ?? token.pilot?.communityId ?? null,
      entity: "ApiToken",
      entityId: token.id,
      action: "revoke",
      before: { name: token.name, prefix: token.prefix, revokedAt: null },
      after: { revokedAt: now.toISOString() },
    });
    return "revoked";
  });
}
