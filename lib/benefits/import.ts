// Realised benefits from a spreadsheet (CSV as Danish Excel saves it, or pasted): one row per
// organisation and period — organisation (kommunekode or name), periode, værdi, bemærkning — stored
// all or nothing through the same rule as by hand and the API (./realisations.ts). A refusal names
// the row it is about, beside the field.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { SessionUser } from "../auth/session";
import type { MessageKey } from "../i18n/messages";
import { detectSeparator, readCsv } from "../exports/csv";
import { parseId } from "../validation";
import { MAX_REALISATIONS } from "./constants";
import { recordRealisations, type RealisationPoint } from "./realisations";
import { visibleProfile } from "./access";

const HEADER = /^(organisation|kommune|kommunekode)$/i;
/** The row-specific message for each refusal of the batch rule (./realisations.ts). */
const ROW_MESSAGE: Partial<Record<MessageKey, MessageKey>> = {
  "benefits.errors.periodInvalid": "benefits.import.periodInvalid",
  "benefits.errors.periodFuture": "benefits.import.periodFuture",
  "benefits.errors.periodTwice": "benefits.import.periodTwice",
  "benefits.errors.organisationNotOwned": "benefits.import.organisationNotOwned",
  "benefits.errors.notOwner": "benefits.import.notOwner",
  "benefits.errors.numberInvalid": "benefits.import.numberInvalid",
};

const refuse = (message: MessageKey, params: Record<string, string | number>) =>
  new AppError("BAD_REQUEST", "benefits.errors.batchInvalid", { csv: message }, { params });

export async function importRealisations(user: SessionUser | null, profileId: number, text: string) {
  const profile = await visibleProfile(user, profileId);
  const owners = await prisma.organisation.findMany({
    where: { id: { in: profile.owners.map((o) => o.organisationId) } },
    select: { id: true, name: true, municipalityCode: true },
  });
  const records = readCsv(text, detectSeparator(text)).filter((r) => r.cells.some((c) => c.trim() !== ""));
  const body = records.length && HEADER.test(records[0].cells[0]?.trim() ?? "") ? records.slice(1) : records;
  if (body.length === 0) throw refuse("benefits.import.empty", {});
  if (body.length > MAX_REALISATIONS) throw refuse("benefits.import.tooMany", { max: MAX_REALISATIONS });
  const points: RealisationPoint[] = body.map((r) => {
    const [who = "", period = "", value = "", note = ""] = r.cells.map((c) => c.trim());
    const code = /^\d{3}$/.test(who) ? Number(who) : null;
    const org = owners.find((o) =>
      code !== null ? o.municipalityCode === code : o.name.toLowerCase() === who.toLowerCase(),
    );
    if (!org) throw refuse("benefits.import.organisationUnknown", { row: r.line, organisation: who });
    // Danish numbers: 1.250.000 or 12,5.
    const number = /^-?[\d.]*\d(,\d+)?$/.test(value)
      ? Number(value.replace(/\./g, "").replace(",", "."))
      : /^-?\d+(\.\d+)?$/.test(value)
        ? Number(value)
        : NaN;
    if (!Number.isFinite(number)) throw refuse("benefits.import.numberInvalid", { row: r.line });
    return { organisationId: org.id, period, value: number, note: note || null };
  });
  try {
    return await recordRealisations(user, profileId, points, { source: "IMPORT", field: (i, key) => `${i}:${key}` });
  } catch (err) {
    if (!(err instanceof AppError) || !err.fields) throw err;
    const [where, message] = Object.entries(err.fields)[0];
    const row = body[parseId(where.split(":")[0]) ?? 0]?.line ?? body[0].line;
    throw refuse(ROW_MESSAGE[message] ?? "benefits.import.rowInvalid", { row, ...(err.extra.params ?? {}) } as Record<
      string,
      string | number
    >);
  }
}
