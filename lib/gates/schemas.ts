// One schema per gate form, shared by the client form (through the action wrapper), the domain
// functions and the tests. Structured input is validated under the form's flat field names; the
// `…FormSchema` variants first turn a browser form's flat fields into that structure.
import { z } from "zod";
import { OUTCOMES } from "./state";

import { addDays, danishDay } from "../dates";
import {
  requestKey,
  idSchema,
  kroner,
  isoDate,
  asRecord,
  checked,
  fail,
  field,
  optionalText,
  rows,
  text,
  type Loose,
  type Raw,
} from "../validation";
const date = isoDate("gates.errors.dateRequired", "gates.errors.dateInvalid");
const optionalDate = z.preprocess((v) => (v === "" || v == null ? undefined : v), date.optional());
const grant = (required: "gates.errors.grantRequired" | "gates.errors.amountWhole") =>
  kroner(required, "gates.errors.amountWhole").pipe(
    z.number().min(0, "gates.errors.amountNegative").max(1_000_000_000, "gates.errors.amountTooLarge"),
  );
const optionalGrant = z.preprocess(
  (v) => (v === "" || v == null ? undefined : v),
  grant("gates.errors.amountWhole").optional(),
);
const yesNo = (v: unknown) => (v === true || v === "yes" ? true : v === false || v === "no" ? false : undefined);
const choice = z.boolean({ error: "gates.errors.choose" });

// ── The lead asks for a review ───────────────────────────────────────────────────────────────
export const requestReviewSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const list = (k: string) => (Array.isArray(raw[k]) ? (raw[k] as Raw[]) : []);
  const evidence = (kind: "success" | "kill", flag: "met" | "triggered") =>
    list(kind).map((row, i) => ({
      [flag]: field(ctx, row, `${kind}_${i + 1}_${flag}`, choice, flag) ?? false,
      evidence:
        field(
          ctx,
          row,
          `${kind}_${i + 1}_evidence`,
          text("gates.errors.evidenceRequired", "gates.errors.textTooLong", 2000),
          "evidence",
        ) ?? "",
    }));
  const out = {
    phaseId: field(ctx, raw, "phaseId", idSchema("errors.notFound")) ?? 0,
    evidenceSummary:
      field(ctx, raw, "evidenceSummary", text("gates.errors.summaryRequired", "gates.errors.textTooLong", 10_000)) ??
      "",
    dueDate: field(ctx, raw, "dueDate", date) ?? "",
    nextPhasePlan: field(ctx, raw, "nextPhasePlan", optionalText("gates.errors.textTooLong", 10_000)),
    requestedGrant: field(ctx, raw, "requestedGrant", optionalGrant),
    requestKey: requestKey.parse(raw.requestKey),
    success: evidence("success", "met") as { met: boolean; evidence: string }[],
    kill: evidence("kill", "triggered") as { triggered: boolean; evidence: string }[],
  };
  if (out.dueDate && out.dueDate < danishDay()) fail(ctx, "dueDate", "gates.errors.dueInPast");
  return out;
});
export type RequestReviewInput = Loose<z.output<typeof requestReviewSchema>>;

export const requestReviewFormSchema = z.preprocess((input) => {
  const raw = asRecord(input);
  const shape = (kind: string, flag: string) =>
    rows(raw, kind).map((r) => ({ [flag]: yesNo(r[flag]), evidence: r.evidence ?? "" }));
  return { ...raw, success: shape("success", "met"), kill: shape("kill", "triggered") };
}, requestReviewSchema);

// ── A steering member's scorecard ────────────────────────────────────────────────────────────
export const scorecardSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const scores = Array.isArray(raw.scores) ? (raw.scores as Raw[]) : [];
  return {
    reviewId: field(ctx, raw, "reviewId", idSchema("errors.notFound")) ?? 0,
    conflictOfInterest: raw.conflictOfInterest === true || raw.conflictOfInterest === "on",
    // Completeness against the review's pinned criteria is the domain's check (checkScores).
    scores: scores.map((s) => ({
      criterionId: Number(s.criterionId),
      score: s.score === "" || s.score == null ? NaN : Number(s.score),
      comment: String(s.comment ?? ""),
    })),
  };
});
export type ScorecardInput = z.output<typeof scorecardSchema>;

export const scorecardFormSchema = z.preprocess((input) => {
  const raw = asRecord(input);
  const ids = Object.keys(raw).flatMap((k) => /^(?:score|comment)_(\d+)$/.exec(k)?.[1] ?? []);
  const scores = [...new Set(ids)].map((cid) => ({
    criterionId: cid,
    score: raw[`score_${cid}`],
    comment: raw[`comment_${cid}`],
  }));
  return { ...raw, scores };
}, scorecardSchema);

// ── The decision ────────────────────────────────────────────────────────────────────────────
export const decisionSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const outcome = field(ctx, raw, "outcome", z.enum(OUTCOMES, { error: "gates.errors.outcomeRequired" }));
  const conditions = (Array.isArray(raw.conditions) ? (raw.conditions as Raw[]) : []).flatMap((c, i) => {
    const n = i + 1;
    const blank = !String(c.text ?? "").trim() && !String(c.dueDate ?? "").trim();
    if (blank) return [];
    const t = field(
      ctx,
      c,
      `condition_${n}_text`,
      text("gates.errors.conditionText", "gates.errors.textTooLong", 1000),
      "text",
    );
    const due = field(ctx, c, `condition_${n}_due`, optionalDate, "dueDate");
    return [{ text: t ?? "", dueDate: due }];
  });
  const out = {
    reviewId: field(ctx, raw, "reviewId", idSchema("errors.notFound")) ?? 0,
    outcome: outcome ?? "REVISE",
    rationale:
      field(ctx, raw, "rationale", text("gates.errors.rationaleRequired", "gates.errors.textTooLong", 10_000)) ?? "",
    grant: outcome === "GO" ? field(ctx, raw, "grant", grant("gates.errors.grantRequired")) : undefined,
    extraGrant: outcome === "REVISE" ? (field(ctx, raw, "extraGrant", optionalGrant) ?? 0) : 0,
    newDeadline: outcome === "REVISE" ? field(ctx, raw, "newDeadline", date) : undefined,
    procurementRecommendation:
      outcome === "ADOPT"
        ? field(
            ctx,
            raw,
            "procurementRecommendation",
            text("gates.errors.procurementRequired", "gates.errors.textTooLong", 10_000),
          )
        : undefined,
    adopterIds:
      outcome === "ADOPT" && Array.isArray(raw.adopterIds)
        ? [...new Set((raw.adopterIds as unknown[]).map(Number))]
        : [],
    conditions,
    requestKey: requestKey.parse(raw.requestKey),
  };
  if (outcome === "GO" && out.grant === 0) fail(ctx, "grant", "gates.errors.grantRequired");
  if (outcome === "REVISE" && out.newDeadline && out.newDeadline <= danishDay())
    fail(ctx, "newDeadline", "gates.errors.deadlineInPast");
  if (outcome === "REVISE" && conditions.length === 0)
    fail(ctx, "condition_1_text", "gates.errors.reviseNeedsCondition");
  if (outcome === "ADOPT" && out.adopterIds.length === 0) fail(ctx, "adopters", "gates.errors.adoptersRequired");
  return out;
});
type Decision = z.output<typeof decisionSchema>;
/** What a caller hands in: money, conditions and adopters only where the outcome needs them. */
export type DecisionInput = Loose<Omit<Decision, "extraGrant" | "adopterIds" | "conditions">> & {
  extraGrant?: number;
  adopterIds?: number[];
  conditions?: { text: string; dueDate?: string }[];
};

export const decisionFormSchema = z.preprocess((input) => {
  const raw = asRecord(input);
  const conditions = rows(raw, "condition").map((r) => ({ text: r.text ?? "", dueDate: r.due ?? "" }));
  return { ...raw, conditions, adopterIds: checked(raw, "adopter:") };
}, decisionSchema);

// ── Small forms ─────────────────────────────────────────────────────────────────────────────
export const conditionDoneSchema = z.object({ conditionId: idSchema("errors.notFound") });

const tags = z.preprocess(
  (v) => (Array.isArray(v) ? v : String(v ?? "").split(",")).map((t) => String(t).trim()).filter(Boolean),
  z.array(z.string().max(40, "gates.errors.tagTooLong")).max(10, "gates.errors.tooManyTags"),
);

export const gateLessonSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const long = (k: string) =>
    field(ctx, raw, k, text("gates.errors.lessonFieldRequired", "gates.errors.textTooLong", 5000)) ?? "";
  return {
    decisionId: field(ctx, raw, "decisionId", idSchema("errors.notFound")) ?? 0,
    title: field(ctx, raw, "title", text("gates.errors.lessonTitleRequired", "gates.errors.textTooLong", 200)) ?? "",
    whatWeDid: long("whatWeDid"),
    whatWeLearned: long("whatWeLearned"),
    wouldDoDifferently: long("wouldDoDifferently"),
    tags: field(ctx, raw, "tags", tags) ?? [],
  };
});
export type GateLessonInput = z.output<typeof gateLessonSchema>;

/** The due date a new review form suggests: three weeks ahead, time for a gate meeting. */
export function suggestedDueDate(): string {
  return addDays(danishDay(), 21);
}
