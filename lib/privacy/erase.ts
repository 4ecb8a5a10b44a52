// Article 17 within a public task: the person is erased, the history stays (docs/decisions/0013).
// The user row is kept — results, expenses, decisions and the audit trail point to it and must keep
// saying that *someone* did them — but everything that identifies the person goes: name, e-mail,
// password, roles, invitations, API tokens, notices, sign-in failures. The JWT session dies with the
// deactivation (currentUser reads it on every request), and sign-in by password or single sign-on
// (matched by e-mail) has nothing left to match. The append-only audit trail is scrubbed of the name
// and e-mail under its one escape, `innovationsmotor.audit_redaction`, inside this transaction only.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import { accountKey } from "../auth/throttle";
import { lockCommunity, otherActiveSecretaries } from "../communities/access";
import { eraseNotificationsOf } from "../notifications/erase";
import type { Actor } from "../auth/permissions";
import type { Prisma } from "../generated/prisma/client";
import { privacySubject, type SubjectRef } from "./subject";

export const ERASED_NAME = "Slettet bruger";
export const erasedEmail = (id: number) => `slettet-${id}@anonymiseret.invalid`;

type Json = Prisma.JsonValue;

/** Every string in a JSON value with the identifying texts replaced (case-insensitive). */
export function redactJson(value: Json, replace: (s: string) => string): Json {
  if (typeof value === "string") return replace(value);
  if (Array.isArray(value)) return value.map((v) => redactJson(v, replace));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactJson(v as Json, replace)]));
  return value;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `typedEmail`: the confirmation step — the secretariat types the address of the person to erase. */
export async function erasePersonalData(actor: Actor | null, ref: SubjectRef & { typedEmail: string }) {
  return prisma.$transaction(async (tx) => {
    await lockCommunity(tx, ref.communityId);
    const { actor: who, target } = await privacySubject(tx, actor, ref);
    if (target.id === who.id) throw new AppError("CONFLICT", "privacy.admin.notSelf");
    if (target.email === erasedEmail(target.id)) throw new AppError("CONFLICT", "privacy.admin.alreadyErased");
    if (ref.typedEmail.trim().toLowerCase() !== target.email.toLowerCase())
      throw new AppError("BAD_REQUEST", "privacy.admin.emailMismatch", { typedEmail: "privacy.admin.emailMismatch" });
    // No community the person serves may be left without an active secretariat.
    for (const { communityId } of target.roles.filter((r) => r.role === "SECRETARIAT")) {
      if ((await otherActiveSecretaries(tx, communityId, target.id)) === 0)
        throw new AppError("CONFLICT", "admin.users.lastSecretariat");
    }

    const email = erasedEmail(target.id);
    const texts = [target.email, target.name].filter((s) => s.trim().length >= 3);
    const pattern = new RegExp(texts.map(escapeRegExp).join("|"), "gi");
    const replace = (s: string) =>
      s.replace(pattern, (m) => (m.toLowerCase() === target.email.toLowerCase() ? email : ERASED_NAME));

    const removed = {
      roles: (await tx.roleAssignment.deleteMany({ where: { userId: target.id } })).count,
      invitations: (await tx.userInvite.deleteMany({ where: { userId: target.id } })).count,
      communityInvitations: (await tx.communityInvitation.deleteMany({ where: { email: target.email.toLowerCase() } }))
        .count,
      apiTokens: (await tx.apiToken.deleteMany({ where: { createdById: target.id } })).count,
      signInFailures: (await tx.signInFailure.deleteMany({ where: { key: accountKey(target.email) } })).count,
      ...(await eraseNotificationsOf(tx, target.id)),
    };
    await tx.user.update({
      where: { id: target.id },
      data: {
        name: ERASED_NAME,
        email,
        passwordHash: null,
        isPlatformAdmin: false,
        locale: "da",
        deactivatedAt: target.deactivatedAt ?? new Date(),
        sessionVersion: { increment: 1 },
      },
    });

    // Spreading (issue 18): the contact of an interest and the operations contact are free text that
    // may name the person; every such field that mentions them is rewritten, the rows stay.
    const mentioning = (field: string) => ({
      OR: texts.map((t) => ({ [field]: { contains: t, mode: "insensitive" as const } })),
    });
    const contacts = await tx.spreadParticipant.findMany({
      where: { OR: [mentioning("contactName"), mentioning("contactEmail")] },
      select: { id: true, contactName: true, contactEmail: true },
    });
    for (const c of contacts)
      await tx.spreadParticipant.update({
        where: { id: c.id },
        data: { contactName: replace(c.contactName), contactEmail: replace(c.contactEmail) },
      });
    const operations = await tx.operation.findMany({
      where: { OR: [mentioning("ownerContact"), mentioning("ownerUnit")] },
      select: { id: true, ownerContact: true, ownerUnit: true },
    });
    for (const o of operations)
      await tx.operation.update({
        where: { id: o.id },
        data: { ownerContact: replace(o.ownerContact), ownerUnit: replace(o.ownerUnit) },
      });

    // The audit trail: only rows whose JSON mentions the person are touched, each string rewritten.
    const likes = texts.map((t) => `%${t.replace(/[\\%_]/g, "\\$&")}%`);
    const mentions = await tx.$queryRaw<{ id: number; before: Json; after: Json }[]>`
      SELECT "id", "before", "after" FROM "AuditEvent"
      WHERE coalesce("before"::text, '') ILIKE ANY(${likes}::text[]) OR coalesce("after"::text, '') ILIKE ANY(${likes}::text[])`;
    if (mentions.length > 0) {
      await tx.$executeRaw`SELECT set_config('innovationsmotor.audit_redaction', 'on', true)`;
      for (const row of mentions) {
        const before = row.before === null ? null : JSON.stringify(redactJson(row.before, replace));
        const after = row.after === null ? null : JSON.stringify(redactJson(row.after, replace));
        await tx.$executeRaw`UPDATE "AuditEvent" SET "before" = ${before}::jsonb, "after" = ${after}::jsonb WHERE "id" = ${row.id}`;
      }
      await tx.$executeRaw`SELECT set_config('innovationsmotor.audit_redaction', 'off', true)`;
    }
    // The erasure itself is recorded — who erased which account id, and what kinds of rows went — never the erased data.
    await recordAudit(tx, {
      actorId: who.id,
      communityId: ref.communityId,
      entity: "User",
      entityId: target.id,
      action: "privacy-erase",
      after: { ...removed, auditEventsRedacted: mentions.length },
    });
    return { ...removed, auditEventsRedacted: mentions.length };
  });
}
