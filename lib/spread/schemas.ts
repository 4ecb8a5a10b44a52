// One schema per spreading form, shared by the page's form (through the action wrapper), the domain
// functions and the API: every bad field is reported at once, beside it (PRODUCT.md rule 7).
import { z } from "zod";
import { danishDay } from "../dates";
import {
  asRecord,
  fail,
  field,
  idSchema,
  isoDate,
  optionalText,
  positiveId,
  requestKey,
  text,
  type Loose,
} from "../validation";
import { quarterOf, quarterStart } from "./rules";

const day = isoDate("spread.errors.dateRequired", "spread.errors.dateInvalid");
const wholeNumber = (
  required: "spread.errors.unitsRequired" | "spread.errors.buyInInvalid",
  invalid: "spread.errors.unitsInvalid" | "spread.errors.buyInInvalid",
  min: number,
  max: number,
) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v.trim() === ""
          ? undefined
          : /^-?\d+$/.test(v.trim().replace(/\./g, ""))
            ? Number(v.trim().replace(/\./g, ""))
            : NaN
        : v,
    z
      .number({ error: (issue) => (issue.input === undefined ? required : invalid) })
      .int(invalid)
      .min(min, invalid)
      .max(max, invalid),
  );

export const MAX_UNITS = 1_000_000;

export const offerSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const out = {
    pilotId: field(ctx, raw, "pilotId", positiveId) ?? 0,
    opensOn: field(ctx, raw, "opensOn", day) ?? "",
    closesOn: field(ctx, raw, "closesOn", day) ?? "",
    buyInPercent:
      field(
        ctx,
        raw,
        "buyInPercent",
        z.preprocess(
          (v) => (v === "" || v == null ? 0 : v),
          wholeNumber("spread.errors.buyInInvalid", "spread.errors.buyInInvalid", 0, 100),
        ),
      ) ?? 0,
    note:
      field(
        ctx,
        raw,
        "note",
        z.preprocess((v) => (v === null ? undefined : v), optionalText("spread.errors.textTooLong", 2000)),
      ) ?? null,
    requestKey: requestKey.parse(raw.requestKey),
  };
  if (out.closesOn && out.closesOn < danishDay()) fail(ctx, "closesOn", "spread.errors.closesInPast");
  else if (out.opensOn && out.closesOn && out.closesOn < out.opensOn)
    fail(ctx, "closesOn", "spread.errors.closesBeforeOpens");
  return out;
});
export type OfferInput = Loose<z.output<typeof offerSchema>>;

/** "Vi vil være med": for the reader's own organisation. The go-live quarter may not have ended. */
export const interestSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const goLive = field(
    ctx,
    raw,
    "goLive",
    z
      .string({ error: "spread.errors.goLiveRequired" })
      .trim()
      .min(1, "spread.errors.goLiveRequired")
      .refine((q) => quarterStart(q) !== null, "spread.errors.goLiveInvalid"),
  );
  if (goLive && goLive < quarterOf(danishDay())) fail(ctx, "goLive", "spread.errors.goLivePast");
  return {
    pilotId: field(ctx, raw, "pilotId", positiveId) ?? 0,
    units:
      field(
        ctx,
        raw,
        "units",
        wholeNumber("spread.errors.unitsRequired", "spread.errors.unitsInvalid", 1, MAX_UNITS),
      ) ?? 0,
    goLive: goLive ?? "",
    contactName:
      field(ctx, raw, "contactName", text("spread.errors.contactNameRequired", "spread.errors.textTooLong", 200)) ?? "",
    contactEmail:
      field(
        ctx,
        raw,
        "contactEmail",
        z
          .string({ error: "spread.errors.contactEmailRequired" })
          .trim()
          .min(1, "spread.errors.contactEmailRequired")
          .max(200, "spread.errors.textTooLong")
          .pipe(z.email("spread.errors.contactEmailInvalid")),
      ) ?? "",
  };
});
export type InterestInput = z.output<typeof interestSchema>;

export const withdrawSchema = z.object({ pilotId: positiveId });
export const closeWindowSchema = z.object({ offerId: idSchema("errors.notFound"), requestKey });
