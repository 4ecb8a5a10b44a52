// Our domain tags as the EU data themes DCAT-AP uses for dcat:theme
// (http://publications.europa.eu/resource/authority/data-theme), so the national catalogue files a
// pilot under the same headings as every other dataset.
import type { Domain } from "../pilots/tags";

export const DATA_THEME = "http://publications.europa.eu/resource/authority/data-theme/";

const THEMES: Record<Domain, string> = {
  vand: "ENVI",
  natur: "ENVI",
  klima: "ENVI",
  affald: "ENVI",
  energi: "ENER",
  trafik: "TRAN",
  mobilitet: "TRAN",
  velfærd: "SOCI",
  sundhed: "HEAL",
  byggeri: "REGI",
  skole: "EDUC",
};

/** A pilot without a known domain still gets a theme: public-sector innovation is GOVE. */
export function dataThemes(domains: string[]): string[] {
  const codes = [...new Set(domains.map((d) => THEMES[d as Domain]).filter(Boolean))];
  return (codes.length ? codes : ["GOVE"]).map((c) => DATA_THEME + c);
}
