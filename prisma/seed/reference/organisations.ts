// The non-municipal organisations, the two communities of PRODUCT.md and their default gate
// criteria, as plain data. Municipalities and regions themselves live in ./municipalities.ts.
import type { OrganisationKind } from "../../../lib/generated/prisma/enums";
import { MUNICIPALITIES, REGIONS } from "./municipalities";

/** "Lyngby-Taarbæk" → "lyngby-taarbaek", "Høje-Taastrup" → "hoeje-taastrup", "Gate 21" → "gate-21". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "") // other accents (é → e)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export type OrganisationRef = { slug: string; name: string; kind: OrganisationKind; regionCode: number };

export const REGION_ORGANISATIONS: readonly OrganisationRef[] = REGIONS.map((r) => ({
  slug: slugify(r.name),
  name: r.name,
  kind: "REGION",
  regionCode: r.code,
}));

export const OTHER_ORGANISATIONS: readonly OrganisationRef[] = [
  { slug: "dtu-compute", name: "DTU Compute", kind: "UNIVERSITET", regionCode: 1084 },
  { slug: "dtu-engineering-technology", name: "DTU Engineering Technology", kind: "UNIVERSITET", regionCode: 1084 },
  // Gate 21 is the secretariat of Fællesskab for Dynamiske Data.
  { slug: "gate-21", name: "Gate 21", kind: "SEKRETARIAT", regionCode: 1084 },
  // GovTech Midtjylland's secretariat sits at Dokk1 in Aarhus; a community needs an organisation as
  // its secretariat, so it gets one of its own.
  {
    slug: "govtech-midtjylland-sekretariat",
    name: "GovTech Midtjylland sekretariat",
    kind: "SEKRETARIAT",
    regionCode: 1082,
  },
];

export const municipalitySlug = (code: number): string => {
  const m = MUNICIPALITIES.find((x) => x.code === code);
  if (!m) throw new Error(`No municipality with code ${code}`);
  return slugify(m.name);
};

export type MemberRef = { slug: string; isDemo: boolean };

export type CommunityRef = {
  slug: string;
  name: string;
  description: string;
  website: string | null;
  secretariatSlug: string;
  /** Plain data for the seeds that create users (no column holds it); chair null where unknown. */
  steeringChairSlug: string | null;
  steeringGroupSlugs: readonly string[];
  members: readonly MemberRef[];
};

const real = (slug: string): MemberRef => ({ slug, isDemo: false });
const demo = (slug: string): MemberRef => ({ slug, isDemo: true });

// GovTech Midtjylland: all 19 municipalities of Region Midtjylland plus the region, as PRODUCT.md
// has it. (It started in January 2021 with 16 of them, itchefer.dk 24 Feb 2021; later membership
// was not found, so all 19 are listed as members.) Steering group per govtechmidtjylland.dk
// "Organisering": Struer (chair), Herning, Skanderborg, Region Midtjylland; Aarhus (ITK) without vote.
const govtechMembers: MemberRef[] = [
  ...MUNICIPALITIES.filter((m) => m.regionCode === 1082).map((m) => real(slugify(m.name))),
  real("region-midtjylland"),
];

// Fællesskab for Dynamiske Data: 16 municipalities + Region Hovedstaden + Region Sjælland + DTU
// Compute + DTU Engineering Technology (PRODUCT.md; "16 kommuner og de sjællandske regioner",
// businessreview.dk, by Gate 21). Sourced municipalities, from gate21.dk posts by their staff:
// Albertslund and Guldborgsund (steering group members), Vallensbæk, and Ballerup (on INSTALL,
// the community's IoT task force). The published full member list was not found: the other twelve are
// plausible demo fillers from the two regions, flagged isDemo (Ishøj among them).
const ffddMembers: MemberRef[] = [
  real("albertslund"),
  real("ballerup"),
  real("guldborgsund"),
  real("vallensbaek"),
  ...[
    "ishoej",
    "hoeje-taastrup",
    "glostrup",
    "hvidovre",
    "roedovre",
    "gladsaxe",
    "egedal",
    "frederikssund",
    "roskilde",
    "koege",
    "lolland",
    "naestved",
  ].map(demo),
  real("region-hovedstaden"),
  real("region-sjaelland"),
  real("dtu-compute"),
  real("dtu-engineering-technology"),
];

export const COMMUNITIES: readonly CommunityRef[] = [
  {
    slug: "govtech-midtjylland",
    name: "GovTech Midtjylland",
    description:
      "GovTech Midtjylland er de midtjyske kommuners og Region Midtjyllands fællesskab om ny teknologi. " +
      "Sammen afprøver vi IoT, GIS og geodata, kunstig intelligens og VR på vand, natur, klima, trafik, mobilitet og velfærd. " +
      "Vi løser de problemer, der krydser kommunegrænser, én gang og deler resultaterne med alle.",
    website: "https://govtechmidtjylland.dk",
    secretariatSlug: "govtech-midtjylland-sekretariat",
    steeringChairSlug: "struer",
    steeringGroupSlugs: ["struer", "herning", "skanderborg", "region-midtjylland", "aarhus"],
    members: govtechMembers,
  },
  {
    slug: "faellesskab-for-dynamiske-data",
    name: "Fællesskab for Dynamiske Data",
    description:
      "Fællesskab for Dynamiske Data samler 16 kommuner, Region Hovedstaden, Region Sjælland og DTU om sensordata og andre dynamiske data. " +
      "Vi tester IoT, GIS og geodata, kunstig intelligens og VR på vand, natur, klima, trafik, mobilitet og velfærd, hvor problemerne krydser kommunegrænser. " +
      "Gate 21 er sekretariat og deler viden, løsninger og udgifter på tværs.",
    website: "https://www.gate21.dk",
    secretariatSlug: "gate-21",
    steeringChairSlug: null,
    steeringGroupSlugs: ["albertslund", "guldborgsund"],
    members: ffddMembers,
  },
];

export type GateCriterionRef = {
  key: string;
  nameDa: string;
  nameEn: string;
  weight: number;
  position: number;
  considersRisks?: boolean;
};

/** PRODUCT.md's default criteria, the same for both communities; weights sum to 100. */
export const DEFAULT_GATE_CRITERIA: readonly GateCriterionRef[] = [
  {
    key: "value",
    nameDa: "Værdi for borgere og medarbejdere",
    nameEn: "Value for citizens and staff",
    weight: 20,
    position: 1,
  },
  {
    key: "evidence",
    nameDa: "Evidens mod succeskriterierne",
    nameEn: "Evidence against the success criteria",
    weight: 20,
    position: 2,
  },
  {
    key: "scalability",
    nameDa: "Skalerbarhed og genbrug på tværs af kommuner",
    nameEn: "Scalability and reuse across municipalities",
    weight: 15,
    position: 3,
  },
  { key: "economy", nameDa: "Økonomi og business case", nameEn: "Economy and business case", weight: 15, position: 4 },
  {
    key: "data",
    nameDa: "Data, datastandarder og open source",
    nameEn: "Data, data standards and open source",
    weight: 10,
    position: 5,
  },
  {
    key: "security",
    nameDa: "Sikkerhed, jura og etisk brug af teknologi",
    nameEn: "Security, law and ethical use of technology",
    weight: 10,
    position: 6,
    considersRisks: true,
  },
  {
    key: "readiness",
    nameDa: "Brugerinddragelse og organisatorisk parathed",
    nameEn: "User involvement and organisational readiness",
    weight: 10,
    position: 7,
  },
];
