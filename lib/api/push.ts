// POST /api/v1/push/{targetId}: a platform's own JSON (OS2iot's HTTP push data target) becomes
// measurements of one KPI. The secret may come as `Authorization: Bearer …`, as the password of
// HTTP Basic (what OS2iot's "HTTP Basic" sends; the user name is ignored), as the whole
// Authorization value, or as `x-api-key`. Refusals: no or wrong secret, unknown or revoked target
// → 401 (alike, and not logged: anyone can knock); a full window → 429; then, logged in "senest
// modtaget": a body over 1 MiB → 413, not JSON → 400, more than 1,000 readings → 413, nothing
// mappable → 422 with the reason, a pilot that ended or is under review → 409.
import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "../errors";
import type { MessageKey } from "../i18n/messages";
import { authenticatePush } from "../push/authenticate";
import { deliverPush, logRefusal, reasonKey, type Delivery } from "../push/deliver";
import type { PushAnswer } from "./contract/push";
import { apiError, apiTranslator } from "./handler";
import { readJsonBody } from "./json-body";
import { ApiRefusal, throttled } from "./refusal";

import { parseId } from "../validation";
export const MAX_PUSH_BYTES = 1024 * 1024;
/** The answer names at most this many refused readings; the counts cover all. */
const LISTED_REFUSALS = 20;

const UNAUTHORIZED = { "WWW-Authenticate": 'Basic realm="push", Bearer realm="push"' };
const invalidSecret = () => new ApiRefusal(401, "invalid_secret", "push.errors.unauthorized", {}, UNAUTHORIZED);

/** The secret from whichever of the three styles the platform uses. */
export function pushSecretOf(headers: Headers): string | null {
  const apiKey = headers.get("x-api-key")?.trim();
  const authorization = headers.get("authorization")?.trim();
  if (authorization) {
    const [scheme, value = ""] = authorization.split(/\s+/, 2);
    if (/^bearer$/i.test(scheme)) return value || null;
    if (/^basic$/i.test(scheme)) {
      const decoded = Buffer.from(value, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      return colon >= 0 ? decoded.slice(colon + 1) || null : null;
    }
    if (!/\s/.test(authorization)) return authorization;
  }
  return apiKey || null;
}

export async function pushResponse(req: Request, idSegment: string): Promise<Response> {
  const t = apiTranslator(req);
  const secret = pushSecretOf(req.headers);
  const targetId = parseId(idSegment);
  if (!secret || !targetId) throw invalidSecret();
  const auth = await authenticatePush(targetId, secret);
  if (!auth.ok) throw auth.throttledFor ? throttled(auth.throttledFor) : invalidSecret();
  const receivedAt = new Date();

  let body: Awaited<ReturnType<typeof readJsonBody>>;
  try {
    body = await readJsonBody(req, MAX_PUSH_BYTES);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    await logRefusal(
      targetId,
      400,
      err.messageKey === "errors.nulCharacter" ? err.messageKey : reasonKey("notJson"),
      {},
      receivedAt,
    );
    throw err;
  }
  if (!body.ok) {
    await logRefusal(targetId, 413, "push.reasons.bodyTooLarge", { max: MAX_PUSH_BYTES }, receivedAt);
    return apiError(413, "PAYLOAD_TOO_LARGE", t("push.reasons.bodyTooLarge", { max: MAX_PUSH_BYTES }));
  }
  const d = await deliverPush(auth, body.value, receivedAt);
  const refused = d.refused
    .slice(0, LISTED_REFUSALS)
    .map((x) => ({ index: x.index, reason: x.reason, message: t(reasonKey(x.reason), x.params) }));
  if (d.status === 200) return NextResponse.json(answer(d, auth.target.kpiId, refused));
  const why = t(d.reason ?? "push.reasons.unknown", d.params);
  if (d.status === 422)
    return apiError(422, "mapping_failed", t("push.errors.mappingFailed", { reason: why }), undefined, {
      deliveryId: d.deliveryId,
      refused,
    });
  if (d.status === 413) return apiError(413, "batch_too_large", why, undefined, { deliveryId: d.deliveryId });
  return apiError(d.status, d.status === 409 ? "CONFLICT" : "BAD_REQUEST", t(d.reason as MessageKey), undefined, {
    deliveryId: d.deliveryId,
  });
}

function answer(d: Delivery, kpiId: number, refused: PushAnswer["refused"]): PushAnswer {
  return {
    deliveryId: d.deliveryId,
    kpiId,
    received: d.received,
    stored: d.stored,
    alreadyStored: d.alreadyStored,
    flagged: d.flagged,
    refused,
  };
}
