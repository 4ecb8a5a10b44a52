// GET …/brugere/{userId}/personoplysninger: the user's personal data as a JSON download (lib/privacy/export).
// The same 404 as the page for anyone who may not manage the community or the user. A download
// started from another site is refused: it would still write an export event to the audit trail.
import { parseId } from "@/lib/validation";
import { currentUser } from "@/lib/auth/session";
import { findManagedCommunity } from "@/lib/communities/access";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { exportPersonalData } from "@/lib/privacy/export";
import { isCrossSite } from "@/lib/security/csrf";
import { getT } from "@/lib/i18n/server";
import { jsonDownload } from "@/lib/api/downloads";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string; userId: string }> };

export async function GET(req: Request, { params }: Ctx) {
  const { slug, userId } = await params;
  const { t } = await getT();
  const refuse = (code: keyof typeof HTTP_STATUS, key: Parameters<typeof t>[0]) =>
    Response.json(
      { error: { code, message: t(key) } },
      { status: HTTP_STATUS[code], headers: { "Cache-Control": "private, no-store" } },
    );
  if (isCrossSite(req)) return refuse("FORBIDDEN", "security.errors.crossSite");
  const user = await currentUser();
  const community = user && (await findManagedCommunity(slug, user));
  if (!community || !/^\d{1,9}$/.test(userId)) return refuse("NOT_FOUND", "admin.users.notFound");
  try {
    const id = parseId(userId);
    if (!id) return refuse("NOT_FOUND", "admin.users.notFound");
    const data = await exportPersonalData(user, { communityId: community.id, userId: id });
    return jsonDownload(data, `personoplysninger-bruger-${data.user.id}.json`);
  } catch (err) {
    if (err instanceof AppError) return refuse(err.code, err.messageKey);
    throw err;
  }
}
