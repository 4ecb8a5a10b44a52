import { describe, expect, it } from "vitest";
import { currentPhase, inTrackOrder, phaseMoney } from "../../lib/pilots/phase-track";
import { apiListSchema } from "../../lib/pilots/list-params";
import { parseCatalogueParams, catalogueHref } from "../../lib/search/params";

import { parseId } from "../../lib/validation";
describe("the phase track", () => {
  it("is in the furthest phase that has started, none for a draft", () => {
    expect(currentPhase([{ kind: "TEST", status: "PLANNED" }])).toBeNull();
    expect(
      currentPhase([
        { kind: "DEMONSTRATION", status: "ACTIVE" },
        { kind: "TEST", status: "DECIDED" },
      ]),
    ).toEqual({ kind: "DEMONSTRATION", status: "ACTIVE" });
    expect(
      currentPhase([
        { kind: "TEST", status: "AWAITING_GATE" },
        { kind: "DEMONSTRATION", status: "PLANNED" },
      ]),
    ).toEqual({ kind: "TEST", status: "AWAITING_GATE" });
    expect(inTrackOrder([{ kind: "SCALE" }, { kind: "TEST" }, { kind: "DEMONSTRATION" }]).map((p) => p.kind)).toEqual([
      "TEST",
      "DEMONSTRATION",
      "SCALE",
    ]);
  });

  it("adds pledges and keeps the remainder in whole kroner", () => {
    const pledges = [{ amount: 33_334 }, { amount: 33_333 }, { amount: 33_333 }];
    expect(
      phaseMoney({ status: "ACTIVE", requestedGrant: 400_000, granted: 400_000, spent: 125_000, pledges }),
    ).toEqual({
      requested: 400_000,
      granted: 400_000,
      pledged: 100_000,
      spent: 125_000,
      returned: 0,
      remaining: 275_000,
    });
  });

  it("has nothing left in a decided phase: what it did not spend went back to the pool", () => {
    expect(
      phaseMoney({ status: "DECIDED", requestedGrant: 300_000, granted: 300_000, spent: 120_000, pledges: [] }),
    ).toMatchObject({ returned: 180_000, remaining: 0 });
    expect(
      phaseMoney({ status: "AWAITING_GATE", requestedGrant: 300_000, granted: 300_000, spent: 120_000, pledges: [] }),
    ).toMatchObject({ returned: 0, remaining: 180_000 });
  });
});

describe("list parameters", () => {
  it("still reads the first pilot list's links, now in the catalogue (lib/search/params.ts)", () => {
    const p = parseCatalogueParams({ faellesskab: "govtech-midtjylland", status: "active", side: "3" });
    expect(p).toMatchObject({ page: 3, filters: { community: ["govtech-midtjylland"], status: ["active"] } });
    expect(catalogueHref(p)).toBe("/piloter?faellesskab=govtech-midtjylland&status=active&side=3");
    expect(parseCatalogueParams({ status: "deleted", side: "-1" })).toMatchObject({ page: 1, filters: { status: [] } });
  });

  it("refuses bad API paging instead of guessing", () => {
    expect(apiListSchema.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(apiListSchema.safeParse({ pageSize: "100" }).success).toBe(true);
    for (const bad of [{ pageSize: "101" }, { pageSize: "0" }, { page: "1.5" }, { page: "x" }])
      expect(apiListSchema.safeParse(bad).success).toBe(false);
  });

  it("takes only real row ids from a path", () => {
    expect(parseId("42")).toBe(42);
    for (const bad of ["0", "-1", "1e3", "abc", "042", "2147483648", ""]) expect(parseId(bad)).toBeNull();
  });
});
