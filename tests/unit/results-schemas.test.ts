// The result, KPI and lesson forms as the browser sends them: flat fields, Danish decimals, numbered
// link rows and one target field per phase; every bad field reported under its own name at once.
import { describe, expect, it } from "vitest";
import { resultSchema, isWebAddress } from "../../lib/results/schemas";
import { kpiSchema, measurementSchema } from "../../lib/kpis/schemas";
import { lessonSchema } from "../../lib/lessons/schemas";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("the result form", () => {
  it("reads numbered link rows, skips empty ones and names a link by its address", () => {
    const r = resultSchema.parse({
      phaseId: "4",
      kind: "RISK",
      occurredOn: "2026-02-01",
      title: " Batterier ",
      body: "",
      link_1_label: "",
      link_1_url: "https://data.example.dk/x.csv",
      link_2_label: "",
      link_2_url: "",
      link_3_label: "Kode",
      link_3_url: "http://git.example.dk/",
    });
    expect(r).toEqual({
      phaseId: 4,
      kind: "RISK",
      occurredOn: "2026-02-01",
      title: "Batterier",
      body: "",
      links: [
        { label: "data.example.dk/x.csv", url: "https://data.example.dk/x.csv" },
        { label: "Kode", url: "http://git.example.dk/" },
      ],
    });
  });
  it("reports every bad field at once, each link beside its own row", () => {
    const r = resultSchema.safeParse({
      phaseId: "4",
      kind: "NEWS",
      occurredOn: "2026-02-30",
      title: "",
      link_1_label: "Data",
      link_1_url: "",
      link_2_label: "",
      link_2_url: "javascript:alert(1)",
    });
    expect(issues(r)).toEqual({
      kind: "results.errors.kindRequired",
      occurredOn: "results.errors.dateInvalid",
      title: "results.errors.titleRequired",
      link_1_url: "results.errors.linkUrlRequired",
      link_2_url: "results.errors.linkUrlInvalid",
    });
  });
  it("takes web addresses only", () => {
    for (const ok of ["https://a.dk", "http://a.dk/x?y=1"]) expect(isWebAddress(ok), ok).toBe(true);
    for (const bad of [
      "ftp://a.dk",
      "javascript:alert(1)",
      "file:///etc/passwd",
      "https://localhost",
      "a.dk",
      "data:text/html,x",
    ])
      expect(isWebAddress(bad), bad).toBe(false);
  });
});

describe("the KPI forms", () => {
  it("reads Danish numbers and one target per phase; an empty target clears it", () => {
    const r = kpiSchema.parse({
      pilotId: "7",
      name: "Energi",
      unit: "kWh",
      baseline: "1.250,5",
      direction: "LOWER_IS_BETTER",
      benefitKind: "CO2E_AVOIDED",
      target_11: "900",
      target_12: "",
    });
    expect(r).toMatchObject({ pilotId: 7, kpiId: undefined, baseline: 1250.5, targets: { 11: 900, 12: null } });
  });
  it("names the bad target by its phase, beside the other bad fields", () => {
    const r = kpiSchema.safeParse({
      pilotId: "7",
      name: "",
      unit: "kWh",
      baseline: "mange",
      direction: "UP",
      benefitKind: "OTHER",
      target_11: "9x",
    });
    expect(issues(r)).toEqual({
      name: "results.errors.kpiNameRequired",
      baseline: "results.errors.numberInvalid",
      direction: "results.errors.directionRequired",
      target_11: "results.errors.numberInvalid",
    });
  });
  it("takes a measurement with a decimal comma and no note, and refuses one in the future", () => {
    expect(measurementSchema.parse({ kpiId: "3", date: "2026-01-05", value: "12,75", note: " " })).toEqual({
      kpiId: 3,
      date: "2026-01-05",
      value: 12.75,
      note: undefined,
    });
    expect(issues(measurementSchema.safeParse({ kpiId: "3", date: "2099-01-01", value: "" }))).toEqual({
      date: "results.errors.dateFuture",
      value: "results.errors.valueRequired",
    });
  });
});

describe("the lesson form", () => {
  it("splits tags on commas without repeats, and needs all three answers", () => {
    expect(
      lessonSchema.parse({
        pilotId: "2",
        title: "T",
        whatWeDid: "a",
        whatWeLearned: "b",
        wouldDoDifferently: "c",
        tags: "IoT, vand,IoT, ",
      }).tags,
    ).toEqual(["IoT", "vand"]);
    expect(
      issues(
        lessonSchema.safeParse({
          pilotId: "2",
          title: "T",
          whatWeDid: "a",
          whatWeLearned: "",
          wouldDoDifferently: "c",
          tags: Array(11)
            .fill(0)
            .map((_, i) => `t${i}`),
        }),
      ),
    ).toEqual({ whatWeLearned: "results.errors.lessonFieldRequired", tags: "results.errors.tooManyTags" });
  });
});
