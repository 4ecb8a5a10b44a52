// The gate forms as the action wrapper sees them (flat string fields): shaped into the domain's
// input, with every bad field reported at once under the form's own field names.
import { describe, expect, it } from "vitest";
import {
  decisionFormSchema,
  gateLessonSchema,
  requestReviewFormSchema,
  scorecardFormSchema,
} from "../../lib/gates/schemas";
import { criteriaFormSchema } from "../../lib/gates/criteria-schema";
import { buildEvidence, criteriaLines, readEvidence } from "../../lib/gates/evidence";

import { danishDay } from "../../lib/dates";
const errors = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
const future = `${Number(danishDay().slice(0, 4)) + 1}-06-30`;

describe("decision form", () => {
  it("turns a GO form into the domain's input", () => {
    const r = decisionFormSchema.safeParse({
      reviewId: "7",
      outcome: "GO",
      rationale: " Klar effekt ",
      grant: "380.000",
      condition_1_text: "Afrapportér KPI kvartalsvis",
      condition_1_due: "",
      condition_2_text: "",
      condition_2_due: "",
    });
    expect(r.success && r.data).toEqual({
      reviewId: 7,
      outcome: "GO",
      rationale: "Klar effekt",
      grant: 380_000,
      extraGrant: 0,
      newDeadline: undefined,
      procurementRecommendation: undefined,
      adopterIds: [],
      conditions: [{ text: "Afrapportér KPI kvartalsvis", dueDate: undefined }],
    });
  });
  it("asks a REVISE for a future deadline and a condition, and reports everything at once", () => {
    const r = decisionFormSchema.safeParse({
      reviewId: "7",
      outcome: "REVISE",
      rationale: "",
      newDeadline: "2020-01-01",
      extraGrant: "12,5",
      condition_1_text: "",
      condition_1_due: "",
    });
    expect(errors(r)).toEqual({
      rationale: "gates.errors.rationaleRequired",
      extraGrant: "gates.errors.amountWhole",
      newDeadline: "gates.errors.deadlineInPast",
      condition_1_text: "gates.errors.reviseNeedsCondition",
    });
  });
  it("keeps a condition's due date and refuses a date without text", () => {
    const ok = decisionFormSchema.safeParse({
      reviewId: "1",
      outcome: "REVISE",
      rationale: "r",
      newDeadline: future,
      extraGrant: "50000",
      condition_3_text: "DPIA",
      condition_3_due: future,
    });
    expect(ok.success && ok.data.conditions).toEqual([{ text: "DPIA", dueDate: future }]);
    expect(ok.success && ok.data.extraGrant).toBe(50_000);
    const bad = decisionFormSchema.safeParse({
      reviewId: "1",
      outcome: "REVISE",
      rationale: "r",
      newDeadline: future,
      condition_1_text: "",
      condition_1_due: future,
      condition_2_text: "x",
      condition_2_due: "31-12-2026",
    });
    expect(errors(bad)).toEqual({
      condition_1_text: "gates.errors.conditionText",
      condition_2_due: "gates.errors.dateInvalid",
    });
  });
  it("needs a grant for GO and adopters and a recommendation for ADOPT", () => {
    expect(errors(decisionFormSchema.safeParse({ reviewId: "1", outcome: "GO", rationale: "r", grant: "0" }))).toEqual({
      grant: "gates.errors.grantRequired",
    });
    expect(errors(decisionFormSchema.safeParse({ reviewId: "1", outcome: "ADOPT", rationale: "r" }))).toEqual({
      procurementRecommendation: "gates.errors.procurementRequired",
      adopters: "gates.errors.adoptersRequired",
    });
    const adopt = decisionFormSchema.safeParse({
      reviewId: "1",
      outcome: "ADOPT",
      rationale: "r",
      procurementRecommendation: "Fælles udbud",
      "adopter:12": "on",
      "adopter:40": "on",
    });
    expect(adopt.success && adopt.data.adopterIds).toEqual([12, 40]);
    expect(errors(decisionFormSchema.safeParse({ reviewId: "1", rationale: "r" }))).toEqual({
      outcome: "gates.errors.outcomeRequired",
    });
  });
});

describe("request form", () => {
  it("pairs yes/no answers with evidence per criterion and checks the due date", () => {
    const r = requestReviewFormSchema.safeParse({
      phaseId: "3",
      evidenceSummary: "Resumé",
      dueDate: future,
      requestedGrant: "",
      success_1_met: "yes",
      success_1_evidence: "Målt",
      kill_1_triggered: "no",
      kill_1_evidence: "Ikke udløst",
    });
    expect(r.success && r.data).toEqual({
      phaseId: 3,
      evidenceSummary: "Resumé",
      dueDate: future,
      nextPhasePlan: undefined,
      requestedGrant: undefined,
      success: [{ met: true, evidence: "Målt" }],
      kill: [{ triggered: false, evidence: "Ikke udløst" }],
    });
    const bad = requestReviewFormSchema.safeParse({
      phaseId: "3",
      evidenceSummary: "",
      dueDate: "2020-01-01",
      success_1_evidence: "",
      kill_1_triggered: "no",
      kill_1_evidence: "x",
    });
    expect(errors(bad)).toEqual({
      evidenceSummary: "gates.errors.summaryRequired",
      dueDate: "gates.errors.dueInPast",
      success_1_met: "gates.errors.choose",
      success_1_evidence: "gates.errors.evidenceRequired",
    });
  });
});

describe("scorecard form", () => {
  it("collects score and comment per criterion, or a declared conflict", () => {
    const r = scorecardFormSchema.safeParse({
      reviewId: "2",
      score_5: "4",
      comment_5: "God",
      score_9: "",
      comment_9: "",
    });
    expect(r.success && r.data).toEqual({
      reviewId: 2,
      conflictOfInterest: false,
      scores: [
        { criterionId: 5, score: 4, comment: "God" },
        { criterionId: 9, score: NaN, comment: "" },
      ],
    });
    const c = scorecardFormSchema.safeParse({ reviewId: "2", conflictOfInterest: "on" });
    expect(c.success && c.data.conflictOfInterest).toBe(true);
  });
});

describe("criteria form", () => {
  const base = {
    communityId: "1",
    nameDa_1: "Værdi",
    nameEn_1: "Value",
    weight_1: "60",
    position_1: "1",
    active_1: "on",
    nameDa_2: "Økonomi",
    nameEn_2: "Economy",
    weight_2: "40",
    position_2: "2",
    active_2: "on",
  };
  it("accepts active weights that add up to 100, an inactive criterion's weight does not count", () => {
    const r = criteriaFormSchema.safeParse({
      ...base,
      nameDa_3: "Gammel",
      nameEn_3: "Old",
      weight_3: "25",
      position_3: "3",
    });
    expect(r.success && r.data.criteria.map((c) => [c.id, c.weight, c.active])).toEqual([
      [1, 60, true],
      [2, 40, true],
      [3, 25, false],
    ]);
  });
  it("counts a new criterion in the sum and refuses a sum other than 100", () => {
    expect(
      errors(criteriaFormSchema.safeParse({ ...base, new_nameDa: "Data", new_nameEn: "Data", new_weight: "10" })),
    ).toEqual({ weights: "gates.errors.weightsSum" });
    const ok = criteriaFormSchema.safeParse({
      ...base,
      weight_1: "50",
      new_nameDa: "Data",
      new_nameEn: "Data",
      new_weight: "10",
    });
    expect(ok.success && ok.data.added).toEqual({ nameDa: "Data", nameEn: "Data", weight: 10, considersRisks: false });
    // "Ser på risici" ticked on the new row and on criterion 1; a tick alone does not make a new criterion.
    const risky = criteriaFormSchema.safeParse({
      ...base,
      weight_1: "50",
      risks_1: "on",
      new_nameDa: "Data",
      new_nameEn: "Data",
      new_weight: "10",
      new_risks: "on",
    });
    expect(
      risky.success && [risky.data.added?.considersRisks, risky.data.criteria.find((c) => c.id === 1)?.considersRisks],
    ).toEqual([true, true]);
    const tickOnly = criteriaFormSchema.safeParse({ ...base, new_risks: "on" });
    expect(tickOnly.success && tickOnly.data.added).toBe(null);
    expect(
      errors(criteriaFormSchema.safeParse({ ...base, nameEn_2: "", weight_1: "x", new_nameDa: "Ny" })),
    ).toMatchObject({
      nameEn_2: "gates.errors.criterionNameRequired",
      weight_1: "gates.errors.weightInvalid",
      new_nameEn: "gates.errors.criterionNameRequired",
    });
  });
});

describe("evidence and lessons", () => {
  it("splits criteria per line and requires an answer for each", () => {
    expect(criteriaLines("- Varsel 6 timer før\n\n• Under 5 % fejl\r\n")).toEqual([
      "Varsel 6 timer før",
      "Under 5 % fejl",
    ]);
    const { entries, problems } = buildEvidence("A\nB", "K", {
      success: [{ met: true, evidence: "e" }],
      kill: [{ triggered: false, evidence: "f" }],
    });
    expect(problems).toEqual({ success_2_met: "gates.errors.choose" });
    expect(entries[0]).toEqual({ kind: "success", criterion: "A", met: true, evidence: "e" });
    expect(
      readEvidence([{ kind: "kill", criterion: "K", triggered: true, evidence: "x" }, { kind: "other" }, null]),
    ).toEqual([{ kind: "kill", criterion: "K", triggered: true, evidence: "x" }]);
  });
  it("reads tags from a comma-separated field", () => {
    const r = gateLessonSchema.safeParse({
      decisionId: "4",
      title: "T",
      whatWeDid: "a",
      whatWeLearned: "b",
      wouldDoDifferently: "c",
      tags: "IoT, vand ,, klima",
    });
    expect(r.success && r.data.tags).toEqual(["IoT", "vand", "klima"]);
  });
});
