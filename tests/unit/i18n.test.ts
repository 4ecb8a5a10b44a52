import { describe, expect, it } from "vitest";
import { MESSAGES, translator } from "../../lib/i18n/messages";

const { da, en } = MESSAGES;

type Tree = { [k: string]: string | Tree };
const at = (file: object, k: string) =>
  k.split(".").reduce<string | Tree>((n, p) => (n as Tree)[p], file as Tree) as string;

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

describe("message files", () => {
  it("have the same keys in Danish and English", () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });
  it("have no empty text", () => {
    for (const file of [da, en]) for (const k of keys(file)) expect(at(file, k)).not.toBe("");
  });
  it("use the same placeholders in both languages", () => {
    const placeholders = (file: object, k: string) => (at(file, k).match(/\{\w+\}/g) ?? []).sort();
    for (const k of keys(da)) expect(placeholders(en, k), k).toEqual(placeholders(da, k));
  });
  it("name no file of the code base: a reader gets a source, not a path", () => {
    const path = /\b(lib|app|components|prisma|scripts|docs)\/[\w/.-]+|\b[\w-]+\.(md|tsx?)\b/;
    for (const file of [da, en]) for (const k of keys(file)) expect(at(file, k), k).not.toMatch(path);
  });
  it("translate with parameters and fall back to the key", () => {
    expect(translator("da")("home.members", { count: 20 })).toBe("20 medlemmer");
    expect(translator("en")("nav.signIn")).toBe("Sign in");
    expect(translator("da")("nope.missing" as never)).toBe("nope.missing");
  });
});
