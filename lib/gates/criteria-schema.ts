// The secretariat's criteria form: every criterion of the community in one submit (names, weight,
// order, active), plus an optional new one. Saved as one change, so the weights of the active
// criteria always add up to 100 — a weighted score is then a plain average on the 1–5 scale.
import { z } from "zod";

import { idSchema, asRecord, fail, field, text, type Raw } from "../validation";
const name = text("gates.errors.criterionNameRequired", "gates.errors.criterionNameTooLong", 120);
const weight = z.coerce
  .number({ error: "gates.errors.weightInvalid" })
  .int("gates.errors.weightInvalid")
  .min(0, "gates.errors.weightInvalid")
  .max(100, "gates.errors.weightInvalid");
const position = z.coerce
  .number({ error: "gates.errors.positionInvalid" })
  .int("gates.errors.positionInvalid")
  .min(1, "gates.errors.positionInvalid")
  .max(99, "gates.errors.positionInvalid");

export const criteriaSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const list = Array.isArray(raw.criteria) ? (raw.criteria as Raw[]) : [];
  const criteria = list.map((c) => {
    const cid = Number(c.id);
    return {
      id: cid,
      nameDa: field(ctx, c, `nameDa_${cid}`, name, "nameDa") ?? "",
      nameEn: field(ctx, c, `nameEn_${cid}`, name, "nameEn") ?? "",
      weight: field(ctx, c, `weight_${cid}`, weight, "weight") ?? 0,
      position: field(ctx, c, `position_${cid}`, position, "position") ?? 1,
      active: c.active === true || c.active === "on",
      considersRisks: c.considersRisks === true || c.considersRisks === "on",
    };
  });
  const a = asRecord(raw.added);
  const wantsNew = ["nameDa", "nameEn", "weight"].some((k) => String(a[k] ?? "").trim() !== "");
  const added = wantsNew
    ? {
        nameDa: field(ctx, a, "new_nameDa", name, "nameDa") ?? "",
        nameEn: field(ctx, a, "new_nameEn", name, "nameEn") ?? "",
        weight: field(ctx, a, "new_weight", weight, "weight") ?? 0,
        considersRisks: a.considersRisks === true || a.considersRisks === "on",
      }
    : null;
  const active = criteria.filter((c) => c.active);
  const sum = active.reduce((s, c) => s + c.weight, 0) + (added?.weight ?? 0);
  if (active.length === 0 && !added) fail(ctx, "weights", "gates.errors.noActiveCriteria");
  else if (sum !== 100) fail(ctx, "weights", "gates.errors.weightsSum");
  return { communityId: field(ctx, raw, "communityId", idSchema("errors.notFound")) ?? 0, criteria, added };
});
export type CriteriaInput = z.output<typeof criteriaSchema>;

export const criteriaFormSchema = z.preprocess((input) => {
  const raw = asRecord(input);
  const ids = [...new Set(Object.keys(raw).flatMap((k) => /^nameDa_(\d+)$/.exec(k)?.[1] ?? []))];
  const criteria = ids.map((cid) => ({
    id: cid,
    nameDa: raw[`nameDa_${cid}`],
    nameEn: raw[`nameEn_${cid}`],
    weight: raw[`weight_${cid}`],
    position: raw[`position_${cid}`],
    active: raw[`active_${cid}`] === "on",
    considersRisks: raw[`risks_${cid}`] === "on",
  }));
  return {
    ...raw,
    criteria,
    added: {
      nameDa: raw.new_nameDa,
      nameEn: raw.new_nameEn,
      weight: raw.new_weight,
      considersRisks: raw.new_risks === "on",
    },
  };
}, criteriaSchema);
