// The portfolio's client components translate with a subset of the messages (lib/i18n/pick.ts), so
// the browser does not get every area. A key outside the subset would show as the raw key: every
// key literal those components use must translate exactly as the full translator does.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translator, type MessageKey } from "../../lib/i18n/messages";
import { translatorFor } from "../../lib/i18n/lookup";
import { pickMessages, PORTFOLIO_MESSAGES } from "../../lib/i18n/pick";
import { LOCALES } from "../../lib/i18n/locales";

const root = path.resolve(__dirname, "../..");
const files = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );

/** Every `t("a.b.c")` literal in the dashboard, the filter form, the downloads and the export tables. */
function usedKeys(): string[] {
  const sources = [...files("app/portefoelje"), ...files("components/portfolio"), ...files("lib/portfolio/export")];
  const keys = new Set<string>();
  for (const f of sources)
    for (const m of readFileSync(path.join(root, f), "utf8").matchAll(/\bt\("([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)"/g))
      keys.add(m[1]);
  return [...keys].sort();
}

describe("the portfolio's messages subset", () => {
  it("translates every key the portfolio's components use exactly as the full set does", () => {
    const keys = usedKeys();
    expect(keys.length).toBeGreaterThan(50);
    for (const locale of LOCALES) {
      const full = translator(locale);
      const subset = translatorFor(pickMessages(locale, PORTFOLIO_MESSAGES));
      for (const key of keys) expect(subset(key as MessageKey), `${locale}: ${key}`).toBe(full(key as MessageKey));
    }
  });

  it("translates the tag names and fills parameters, and leaves out other areas", () => {
    const t = translatorFor(pickMessages("da", PORTFOLIO_MESSAGES));
    const full = translator("da");
    expect(t("pilots.technology.IoT" as MessageKey)).toBe(full("pilots.technology.IoT" as MessageKey));
    expect(t("portfolio.download.csvLabel", { name: "Penge" })).toBe(
      full("portfolio.download.csvLabel", { name: "Penge" }),
    );
    expect(t("portfolio.download.csvLabel", { name: "Penge" })).toContain("Penge");
    expect(full("auth.ssoButton")).not.toBe("auth.ssoButton");
    expect(t("auth.ssoButton")).toBe("auth.ssoButton"); // another area: not in the subset
    expect(Object.keys(pickMessages("en", PORTFOLIO_MESSAGES)).sort()).toEqual(["pilots", "portfolio"]);
  });

  it("refuses a branch that does not exist", () => {
    expect(() => pickMessages("da", ["portfolio.nonsense"])).toThrow(/portfolio\.nonsense/);
  });
});
