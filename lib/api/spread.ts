// The open API's spreading endpoints: the pilot's `spread` section of GET /pilots/{id}, declaring
// interest, and realised benefits in batches. Shapes are the contract in ./contract/spread.ts;
// visibility and every rule live in lib/spread and lib/benefits (PRODUCT.md rule 10).
import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "../errors";
import type { SessionUser } from "../auth/session";
import type { MessageKey } from "../i18n/messages";
import { isoDay } from "../dates";
import { pilotSpread } from "../spread/queries";
import { declareInterest } from "../spread/interests";
import { recordRealisations } from "../benefits/realisations";
import { MAX_REALISATIONS } from "../benefits/constants";
import { visibleSites } from "../sites/queries";
import { parseId } from "../validation";
import { siteFeatureCollection } from "./geojson";
import { apiError, apiTranslator } from "./handler";
import { readJsonBody } from "./json-body";
import { interestBodySchema, realisationBatchSchema, type SpreadBody } from "./contract/spread";

type Org = { id: number; name: string; municipalityCode: number | null };
const org = (o: Org) => ({ id: o.id, name: o.name, code: o.municipalityCode });
const lower = <T extends string>(s: T) => s.toLowerCase() as Lowercase<T>;
const MAX_BODY_BYTES = 1024 * 1024;

/** The `spread` section of a pilot the caller may see (the caller has checked that). */
export async function spreadSection(user: SessionUser | null, pilotId: number, origin: string): Promise<SpreadBody> {
  const spread = await pilotSpread(user, pilotId);
  if (!spread) throw new AppError("NOT_FOUND", "errors.notFound");
  const sites = await visibleSites(user, pilotId);
  const operations = spread.operations.map((o) => ({
    organisation: org(o.organisation),
    status: lower(o.status),
    goLive: o.goLiveOn ? isoDay(o.goLiveOn) : null,
    yearlyCost: o.yearlyCost,
    iot: o.iotApplicationId
      ? { applicationId: o.iotApplicationId, status: o.iotStatus ? lower(o.iotStatus) : null }
      : null,
    sites: siteFeatureCollection(
      sites.filter((s) => s.organisation.id === o.organisation.id),
      origin,
    ),
  }));
  const offer = spread.current;
  return {
    offer: offer && {
      id: offer.id,
      opensOn: offer.opensOn,
      closesOn: offer.closesOn,
      open: offer.open,
      buyInPercent: offer.buyInPercent,
      committedAt: offer.committedAt ? offer.committedAt.toISOString() : null,
      trigger: offer.trigger ? lower(offer.trigger) : null,
    },
    participants: spread.participants.map((p) => ({
      organisation: org(p.organisation),
      status: lower(p.status),
      units: p.units,
      goLive: p.goLive,
      pledge: p.pledgeAmount,
      buyIn: p.buyInAmount,
      operation: operations.find((o) => o.organisation.id === p.organisation.id) ?? null,
    })),
    operations,
  };
}

type FieldErrors = Record<string, MessageKey>;
const fieldName = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${String(p)}` : String(p))).join("") || "_";

/** The body, or null when it is over 1 MiB (the caller answers 413). */
async function body(req: Request): Promise<{ value: unknown } | null> {
  const read = await readJsonBody(req, MAX_BODY_BYTES);
  return read.ok ? { value: read.value } : null;
}
const tooLarge = (req: Request) =>
  apiError(413, "PAYLOAD_TOO_LARGE", apiTranslator(req)("imports.api.bodyTooLarge", { max: MAX_BODY_BYTES }));

function invalid(issues: { path: PropertyKey[]; message: string }[]): AppError {
  const fields: FieldErrors = {};
  for (const issue of issues) fields[fieldName(issue.path)] ??= issue.message as MessageKey;
  return new AppError("BAD_REQUEST", "errors.checkFields", fields);
}

/** POST /pilots/{id}/spread/interests: the caller's own organisation, under lib/spread's rules. */
export async function declareInterestResponse(req: Request, user: SessionUser | null, idSegment: string) {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
  const raw = await body(req);
  if (!raw) return tooLarge(req);
  const parsed = interestBodySchema.safeParse(raw.value ?? {});
  if (!parsed.success) throw invalid(parsed.error.issues);
  const pilotId = parseId(idSegment);
  if (!pilotId) throw new AppError("NOT_FOUND", "errors.notFound");
  const done = await declareInterest(user, { pilotId, ...parsed.data });
  return NextResponse.json(
    { participantId: done.participantId, offerId: done.offerId, status: "interested" as const },
    { status: 201 },
  );
}

/** POST /benefits/{id}/realisations: 1 to 1,000 values, stored all or nothing. */
export async function postRealisationsResponse(req: Request, user: SessionUser | null, idSegment: string) {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
  const t = apiTranslator(req);
  const read = await body(req);
  if (!read) return tooLarge(req);
  const raw = read.value as { realisations?: unknown } | null;
  if (Array.isArray(raw?.realisations) && raw.realisations.length > MAX_REALISATIONS) {
    return apiError(
      413,
      "batch_too_large",
      t("benefits.errors.batchTooLarge"),
      { realisations: t("benefits.errors.batchTooLarge") },
      { max: MAX_REALISATIONS },
    );
  }
  const parsed = realisationBatchSchema.safeParse(raw ?? {});
  if (!parsed.success) throw invalid(parsed.error.issues);
  const profileId = parseId(idSegment);
  if (!profileId) throw new AppError("NOT_FOUND", "errors.notFound");
  return NextResponse.json(await recordRealisations(user, profileId, parsed.data.realisations, { source: "API" }));
}
