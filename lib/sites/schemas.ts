// The site form: a point in EPSG:4326 (longitude, latitude in degrees, Danish decimal comma allowed),
// kept to six decimals (about 10 cm: more is noise, and RFC 7946 advises against it). A point outside
// Denmark is refused with a hint, because the usual mistake is longitude and latitude swapped.
import { z } from "zod";

import { positiveId, asRecord, fail, field, idSchema, optionalText, text } from "../validation";
import { parseDecimal } from "../decimal";
export const SITE_LABEL_MAX = 120;
export const SITE_ADDRESS_MAX = 200;
/** Denmark with Bornholm and Christiansø, and a margin for sites at sea (a buoy, an offshore sensor). */
export const DENMARK = { west: 7.5, east: 15.5, south: 54.4, north: 57.9 } as const;

export const roundCoordinate = (n: number) => Math.round(n * 1e6) / 1e6;

const coordinate = (
  required: "sites.errors.longitudeRequired" | "sites.errors.latitudeRequired",
  invalid: "sites.errors.longitudeInvalid" | "sites.errors.latitudeInvalid",
  max: number,
) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : (parseDecimal(v, "decimal") ?? NaN)) : v),
    z
      .number({ error: (issue) => (issue.input === undefined ? required : invalid) })
      .min(-max, invalid)
      .max(max, invalid)
      .transform(roundCoordinate),
  );

export const addSiteSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const longitude = field(
    ctx,
    raw,
    "longitude",
    coordinate("sites.errors.longitudeRequired", "sites.errors.longitudeInvalid", 180),
  );
  const latitude = field(
    ctx,
    raw,
    "latitude",
    coordinate("sites.errors.latitudeRequired", "sites.errors.latitudeInvalid", 90),
  );
  if (longitude !== undefined && latitude !== undefined) {
    const inside =
      longitude >= DENMARK.west && longitude <= DENMARK.east && latitude >= DENMARK.south && latitude <= DENMARK.north;
    if (!inside) fail(ctx, "longitude", "sites.errors.outsideDenmark");
  }
  return {
    pilotId: field(ctx, raw, "pilotId", positiveId) ?? 0,
    organisationId: field(ctx, raw, "organisationId", idSchema("sites.errors.organisationRequired")) ?? 0,
    label:
      field(ctx, raw, "label", text("sites.errors.labelRequired", "sites.errors.labelTooLong", SITE_LABEL_MAX)) ?? "",
    address:
      field(
        ctx,
        raw,
        "address",
        z.preprocess(
          (v) => (v === null ? undefined : v),
          optionalText("sites.errors.addressTooLong", SITE_ADDRESS_MAX),
        ),
      ) ?? null,
    longitude: longitude ?? 0,
    latitude: latitude ?? 0,
  };
});
export type AddSiteInput = z.output<typeof addSiteSchema>;

export const removeSiteSchema = z.object({ siteId: positiveId });
