// Issue 15 finding 2: one return-path check for every redirect. Judged as a browser would: the path
// resolved against our origin by WHATWG URL parsing must stay on our origin.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeReturnFromUrl, safeReturnPath } from "../../lib/safe-return";

const ORIGIN = "https://innovationsmotor.example";
const sameOrigin = (path: string) => new URL(path, ORIGIN).origin === ORIGIN;

describe("safeReturnPath", () => {
  it("refuses the addresses a browser normalises to another host, plain and encoded", () => {
    const crafted = [
      "//evil.example/",
      "/\\evil.example/",
      "/\\/evil.example/",
      "/\t/evil.example/",
      "/\n/evil.example/",
      "/\r\n/evil.example",
      "\\\\evil.example",
      "/%5Cevil.example/",
      "/%5C%2Fevil.example/",
      "/%2F/evil.example/",
      "/%2f%2fevil.example",
      "/%09/evil.example/",
      "/%0d%0a/evil.example",
      "%2F%2Fevil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      " /piloter",
      "/\u0000/evil.example",
      "/%E0%A4%A",
      "",
    ];
    for (const path of crafted) expect(safeReturnPath(path), JSON.stringify(path)).toBe("/");
    // Every one of them would have left the site (or broken) without the check, except the merely odd.
    expect(crafted.filter((p) => URL.canParse(p, ORIGIN) && !sameOrigin(p)).length).toBeGreaterThanOrEqual(8);
  });

  it("keeps an ordinary path with its query and fragment", () => {
    expect(safeReturnPath("/piloter/12/gate?klar=scoret#beslutning")).toBe("/piloter/12/gate?klar=scoret#beslutning");
    expect(safeReturnPath("/katalog?q=vand%20og%20klima")).toBe("/katalog?q=vand%20og%20klima");
    expect(safeReturnPath("/faellesskaber/govtech-midtjylland")).toBe("/faellesskaber/govtech-midtjylland");
    expect(safeReturnPath(undefined, "/profil")).toBe("/profil");
  });

  it("whatever it is given, a generated set: the answer is a single-slash path on our origin", () => {
    const pieces = [
      "/",
      "\\",
      "//",
      "%2F",
      "%5C",
      "%2f",
      "%5c",
      "%09",
      "%0A",
      "\t",
      "\n",
      "\r",
      " ",
      "evil.example",
      "@",
      ":",
      "..",
      ".",
      "?",
      "#",
      "%",
      "%25",
      "http:",
      "https://",
      "\u3000",
      "\uFF0F",
      "a",
      "piloter",
      "1",
    ];
    const candidate = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(candidate, fc.string(), fc.webUrl(), fc.webPath()), (raw) => {
        const path = safeReturnPath(raw);
        expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
        expect(sameOrigin(path)).toBe(true);
        // What the browser then requests is a same-origin path again: no second hop elsewhere.
        expect(sameOrigin(new URL(path, ORIGIN).pathname)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("safeReturnFromUrl", () => {
  it("takes the path of our own absolute URL and refuses another site's or a crafted one", () => {
    expect(safeReturnFromUrl(`${ORIGIN}/piloter/3?x=1`, ORIGIN)).toBe("/piloter/3?x=1");
    expect(safeReturnFromUrl(`${ORIGIN}`, ORIGIN)).toBe("/");
    expect(safeReturnFromUrl("https://evil.example/piloter", ORIGIN)).toBe("/");
    expect(safeReturnFromUrl(`${ORIGIN}/\\evil.example/`, ORIGIN)).toBe("/");
    expect(safeReturnFromUrl(`${ORIGIN}//evil.example/`, ORIGIN)).toBe("/");
    expect(safeReturnFromUrl("/\\evil.example/", ORIGIN)).toBe("/");
  });
});
