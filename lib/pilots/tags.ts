// The fixed tag vocabularies of a pilot. A closed list (not free text) is what makes "who has tried
// this?" and the portfolio's counts work: "IoT" and "iot" must be the same tag. The demo data uses
// exactly these; labels per language live in lib/i18n/{da,en}/pilots.json under "technology"/"domain".
export const TECHNOLOGIES = [
  "IoT",
  "AI",
  "VR/AR",
  "GIS/geodata",
  "Robotteknologi",
  "Dataplatform",
  "Droner",
  "Digital tvilling",
] as const;
export type Technology = (typeof TECHNOLOGIES)[number];

export const DOMAINS = [
  "vand",
  "natur",
  "klima",
  "trafik",
  "mobilitet",
  "velfærd",
  "sundhed",
  "energi",
  "affald",
  "byggeri",
  "skole",
] as const;
export type Domain = (typeof DOMAINS)[number];

export const VISIBILITIES = ["MEMBERS", "PUBLIC"] as const;
