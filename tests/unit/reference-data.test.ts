import { describe, it, expect } from "vitest";
import { FOLK1A_AS_OF, MUNICIPALITIES, REGIONS } from "../../prisma/seed/reference/municipalities";
import {
  COMMUNITIES,
  DEFAULT_GATE_CRITERIA,
  OTHER_ORGANISATIONS,
  REGION_ORGANISATIONS,
  slugify,
} from "../../prisma/seed/reference/organisations";

const byName = (name: string) => MUNICIPALITIES.find((m) => m.name === name);
const allSlugs = [
  ...MUNICIPALITIES.map((m) => slugify(m.name)),
  ...REGION_ORGANISATIONS.map((o) => o.slug),
  ...OTHER_ORGANISATIONS.map((o) => o.slug),
];

describe("municipalities", () => {
  it("are the 98, with unique 3-digit codes, sorted, and without Christiansø", () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    const codes = MUNICIPALITIES.map((m) => m.code);
    expect(new Set(codes).size).toBe(98);
    expect(codes.every((c) => Number.isInteger(c) && c >= 100 && c <= 999)).toBe(true);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    expect(codes).not.toContain(411);
    expect(byName("Christiansø")).toBeUndefined();
  });

  it("use DAWA's names: Aarhus 751, Brønderslev 810, København 101", () => {
    expect(byName("Aarhus")?.code).toBe(751);
    expect(byName("Brønderslev")?.code).toBe(810);
    expect(byName("København")?.code).toBe(101);
    expect(byName("Frederiksberg")?.code).toBe(147);
    expect(MUNICIPALITIES.some((m) => m.name === "Århus" || m.name.startsWith("Brønderslev-"))).toBe(false);
  });

  it("fall 11/19/22/29/17 in the five regions", () => {
    const count = (code: number) => MUNICIPALITIES.filter((m) => m.regionCode === code).length;
    expect([1081, 1082, 1083, 1084, 1085].map(count)).toEqual([11, 19, 22, 29, 17]);
    expect(REGIONS.map((r) => r.code)).toEqual([1081, 1082, 1083, 1084, 1085]);
    expect(MUNICIPALITIES.every((m) => REGIONS.some((r) => r.code === m.regionCode))).toBe(true);
  });

  it("have plausible FOLK1A populations of one quarter", () => {
    expect(FOLK1A_AS_OF).toMatch(/^\d{4}-(01|04|07|10)-01$/);
    expect(MUNICIPALITIES.every((m) => Number.isInteger(m.population) && m.population > 0)).toBe(true);
    expect(byName("København")!.population).toBeGreaterThan(600_000);
    expect(byName("Læsø")!.population).toBeLessThan(2_000);
    const municipalSum = MUNICIPALITIES.reduce((s, m) => s + m.population, 0);
    const regionSum = REGIONS.reduce((s, r) => s + r.population, 0);
    expect(Math.abs(municipalSum - regionSum) / regionSum).toBeLessThan(0.01);
    for (const r of REGIONS) {
      const sum = MUNICIPALITIES.filter((m) => m.regionCode === r.code).reduce((s, m) => s + m.population, 0);
      expect(Math.abs(sum - r.population) / r.population).toBeLessThan(0.01);
    }
  });
});

describe("slugs", () => {
  it("follow the Danish transliteration", () => {
    expect(slugify("Aarhus")).toBe("aarhus");
    expect(slugify("Lyngby-Taarbæk")).toBe("lyngby-taarbaek");
    expect(slugify("Høje-Taastrup")).toBe("hoeje-taastrup");
    expect(slugify("København")).toBe("koebenhavn");
    expect(slugify("Ishøj")).toBe("ishoej");
    expect(slugify("Vallensbæk")).toBe("vallensbaek");
    expect(slugify("Ærø")).toBe("aeroe");
    expect(slugify("Region Sjælland")).toBe("region-sjaelland");
    expect(slugify("Gate 21")).toBe("gate-21");
  });

  it("are unique across all organisations, and the named ones exist", () => {
    expect(new Set(allSlugs).size).toBe(allSlugs.length);
    expect(allSlugs).toHaveLength(98 + 5 + 4);
    for (const s of [
      "region-nordjylland",
      "region-hovedstaden",
      "dtu-compute",
      "dtu-engineering-technology",
      "gate-21",
      "govtech-midtjylland-sekretariat",
    ]) {
      expect(allSlugs).toContain(s);
    }
  });
});

describe("communities", () => {
  const community = (slug: string) => COMMUNITIES.find((c) => c.slug === slug)!;

  it("name only existing organisations, each member once", () => {
    for (const c of COMMUNITIES) {
      const refs = [c.secretariatSlug, ...c.steeringGroupSlugs, ...c.members.map((m) => m.slug)];
      if (c.steeringChairSlug) refs.push(c.steeringChairSlug);
      for (const slug of refs) expect(allSlugs, `${c.slug}: ${slug}`).toContain(slug);
      expect(new Set(c.members.map((m) => m.slug)).size).toBe(c.members.length);
      expect(c.description.length).toBeGreaterThan(100);
    }
  });

  it("GovTech Midtjylland: the 19 municipalities of Region Midtjylland plus the region, chaired by Struer", () => {
    const g = community("govtech-midtjylland");
    const municipal = MUNICIPALITIES.filter((m) => g.members.some((x) => x.slug === slugify(m.name)));
    expect(municipal).toHaveLength(19);
    expect(municipal.every((m) => m.regionCode === 1082)).toBe(true);
    expect(g.members.map((m) => m.slug)).toContain("region-midtjylland");
    expect(g.steeringChairSlug).toBe("struer");
    expect(g.steeringGroupSlugs).toEqual(expect.arrayContaining(["struer", "herning", "skanderborg", "aarhus"]));
    expect(g.secretariatSlug).toBe("govtech-midtjylland-sekretariat");
  });

  it("Fællesskab for Dynamiske Data: 16 municipalities, both Zealand regions, DTU, secretariat Gate 21", () => {
    const f = community("faellesskab-for-dynamiske-data");
    const slugs = f.members.map((m) => m.slug);
    const municipal = MUNICIPALITIES.filter((m) => slugs.includes(slugify(m.name)));
    expect(municipal).toHaveLength(16);
    expect(slugs).toEqual(
      expect.arrayContaining([
        "ishoej",
        "vallensbaek",
        "guldborgsund",
        "region-hovedstaden",
        "region-sjaelland",
        "dtu-compute",
        "dtu-engineering-technology",
      ]),
    );
    expect(f.members).toHaveLength(20);
    expect(f.secretariatSlug).toBe("gate-21");
    // Demo fillers are flagged, sourced members are not.
    expect(f.members.find((m) => m.slug === "vallensbaek")!.isDemo).toBe(false);
    expect(f.members.filter((m) => m.isDemo).length).toBeGreaterThan(0);
  });
});

describe("default gate criteria", () => {
  it("are PRODUCT.md's seven, positions 1–7, weights summing to 100", () => {
    expect(DEFAULT_GATE_CRITERIA.map((c) => c.key)).toEqual([
      "value",
      "evidence",
      "scalability",
      "economy",
      "data",
      "security",
      "readiness",
    ]);
    expect(DEFAULT_GATE_CRITERIA.map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(DEFAULT_GATE_CRITERIA.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(DEFAULT_GATE_CRITERIA.every((c) => c.weight > 0 && c.nameDa && c.nameEn)).toBe(true);
  });
});
