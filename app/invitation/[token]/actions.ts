"use server";
import { acceptInviteSchema } from "@/lib/users/schemas";
import { acceptInvite } from "@/lib/users/invites";
import { AppError, isDatabaseUnavailable } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import type { ActionState } from "@/lib/action-state";
import type { MessageKey } from "@/lib/i18n/messages";

/**
 * The one server action that cannot go through action(): its user is by definition not signed in
 * yet; the token is the credential. It follows the same contract (zod, field messages, AppError
 * mapped, unknown errors logged), and echoes nothing, since every field here is a secret.
 */
export async function acceptInviteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { t } = await getT();
  const parsed = acceptInviteSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= t(issue.message as MessageKey);
    return { status: "error", fieldErrors };
  }
  try {
    await acceptInvite(parsed.data);
    return { status: "ok", message: t("admin.invite.done") };
  } catch (err) {
    if (err instanceof AppError) return { status: "error", message: t(err.messageKey) };
    if (isDatabaseUnavailable(err)) return { status: "error", message: t("errors.unavailable") };
    console.error("accepting an invitation failed", err);
    return { status: "error", message: t("errors.generic") };
  }
}
