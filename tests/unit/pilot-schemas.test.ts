import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createPilotFormSchema, phasePlanSchema, updatePilotFormSchema } from "../../lib/pilots/schemas";
import { SDGS } from "../../lib/pilots/sdgs";
import { DOMAINS, TECHNOLOGIES } from "../../lib/pilots/tags";
import { translator, type MessageKey } from "../../lib/i18n/messages";

const messagesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

const expectTranslated = (keys: string[]) => {
  for (const key of keys)
    for (const locale of ["da", "en"] as const) expect(translator(locale)(key as MessageKey), key).not.toBe(key);
};

describe("the pilot form schema", () => {
  it("turns one checkbox per value into clean lists, the lead's organisation not required among participants", () => {
    const parsed = createPilotFormSchema.parse({
      communityId: "2",
      title: "  Droner over diger ",
      problem: "p",
      hypothesis: "h",
      leadOrganisationId: "7",
      visibility: "PUBLIC",
      "tech:Droner": "on",
      "tech:VR/AR": "on",
      "domain:velfærd": "on",
      "sdg:13": "on",
      "sdg:3": "on",
      "participant:12": "on",
    });
    expect(parsed).toEqual({
      communityId: 2,
      title: "Droner over diger",
      problem: "p",
      hypothesis: "h",
      leadOrganisationId: 7,
      visibility: "PUBLIC",
      technologies: ["Droner", "VR/AR"],
      domains: ["velfærd"],
      sdgs: [3, 13],
      participantIds: [12],
    });
  });

  it("reports every bad field at once, as message keys that exist in both languages", () => {
    const errors = messagesOf(updatePilotFormSchema, {
      pilotId: "1",
      version: "3",
      title: "ab",
      problem: " ",
      hypothesis: "",
      leadOrganisationId: "",
      "tech:Blockchain": "on",
      "sdg:18": "on",
    });
    expect(errors).toEqual({
      title: "pilots.errors.titleTooShort",
      problem: "pilots.errors.problemRequired",
      hypothesis: "pilots.errors.hypothesisRequired",
      technologies: "pilots.errors.tagUnknown",
      domains: "pilots.errors.domainsRequired",
      sdgs: "pilots.errors.sdgUnknown",
      leadOrganisationId: "pilots.errors.leadOrganisationRequired",
      visibility: "pilots.errors.visibilityRequired",
    });
    expectTranslated(Object.values(errors));
  });
});

describe("the phase plan schema", () => {
  const plan = {
    plannedStart: "2027-03-01",
    plannedEnd: "2027-08-31",
    requestedGrant: "1.250.000",
    successCriteria: "s",
    killCriteria: "k",
  };

  it("reads whole kroner the Danish way and keeps the dates as ISO days", () => {
    expect(phasePlanSchema.parse(plan)).toEqual({ ...plan, requestedGrant: 1_250_000 });
    expect(phasePlanSchema.parse({ ...plan, requestedGrant: "0" }).requestedGrant).toBe(0);
  });

  it("refuses an end before the start, impossible dates, øre and negative grants, missing criteria", () => {
    expect(messagesOf(phasePlanSchema, { ...plan, plannedEnd: "2027-02-28", killCriteria: "" })).toEqual({
      plannedEnd: "pilots.phases.endBeforeStart",
      killCriteria: "pilots.phases.killRequired",
    });
    const errors = messagesOf(phasePlanSchema, {
      ...plan,
      plannedStart: "2027-02-30",
      requestedGrant: "12,50",
      successCriteria: "",
    });
    expect(errors).toEqual({
      plannedStart: "pilots.phases.dateInvalid",
      requestedGrant: "pilots.phases.grantWhole",
      successCriteria: "pilots.phases.successRequired",
    });
    expect(messagesOf(phasePlanSchema, { ...plan, requestedGrant: "-5" })).toEqual({
      requestedGrant: "pilots.phases.grantNegative",
    });
    expectTranslated([...Object.values(errors), "pilots.phases.endBeforeStart", "pilots.phases.grantNegative"]);
  });
});

describe("reference data", () => {
  it("has all 17 SDGs with official colours, and a label for every tag in both languages", () => {
    expect(SDGS.map((s) => s.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const s of SDGS) expect(s.colour).toMatch(/^#[0-9A-F]{6}$/);
    expectTranslated([
      ...TECHNOLOGIES.map((t) => `pilots.technology.${t}`),
      ...DOMAINS.map((d) => `pilots.domain.${d}`),
    ]);
  });
});
