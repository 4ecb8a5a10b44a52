// The inputs the fuzzing throws at every server action and API route: wrong types, sizes and
// encodings, and strings shaped like attacks. Plausible values (real ids, sane dates and amounts)
// are mixed in so a case often gets past parsing and reaches the domain code and the database —
// where an overflowing integer or a NUL byte would turn into a 500 if nothing caught it.
import fc from "fast-check";

const MB = "x".repeat(1024 * 1024);

/** Strings no parser should choke on, and no database should receive unchecked. */
export const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800", // lone high surrogate
  "x\uDC00y", // lone low surrogate
  "\u202Egnp.exe", // right-to-left override
  "\u05E9\u05DC\u05D5\u05DD", // Hebrew
  "e\u0301\u0301\u0301\u0301", // stacked combining marks
  "\uFEFF", // byte order mark
  "🇩🇰👩‍👩‍👧‍👦",
  '\'; DROP TABLE "Pilot"; --',
  "1 OR 1=1",
  "' OR ''='",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "../../../../etc/passwd",
  "..%2f..%2f..%2fetc%2fpasswd",
  "%00",
  "__proto__",
  "constructor",
  "prototype",
  "{{7*7}}",
  "${process.env}",
  "0",
  "-1",
  "-0",
  "1e309",
  "NaN",
  "Infinity",
  "-Infinity",
  "9007199254740993",
  "99999999999999999999999999",
  "2147483648",
  "2147483647",
  "4294967296",
  "-2147483649",
  "0x10",
  "1_000",
  "1.5",
  "1,5",
  "1.250.000",
  "0000-00-00",
  "2026-02-30",
  "9999-12-31",
  // Issue 15: dates PostgreSQL takes but the domain does not (before 2000, after 2100, an expense
  // more than 30 days ahead), and year 0000, which PostgreSQL refuses.
  "0000-01-01",
  "0001-01-01",
  "1999-12-31",
  "2101-01-01",
  new Date(Date.now() + 45 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
  "-000001-01-01",
  "2026-13-01",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  "x".repeat(10_001),
  MB,
];

export const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme-composite", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.bigInt().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

/** Keys a form or JSON body should ignore or refuse, never act on. */
export const NASTY_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "$ACTION_ID_x",
  "toString",
  "hasOwnProperty",
  "",
  "a\u0000b",
];

/** Form values: a nasty string, a plausible one from `sane`, or a file with nasty content. */
export function formValue(sane: fc.Arbitrary<string>): fc.Arbitrary<string | File> {
  return fc.oneof(
    { weight: 5, arbitrary: nastyString },
    { weight: 4, arbitrary: sane },
    { weight: 1, arbitrary: nastyString.map((s) => new File([s], "fil.csv", { type: "text/csv" })) },
  );
}

/** JSON values of every type, deep and wide enough to surprise, with nasty strings and numbers inside. */
export const nastyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    nastyString,
    fc.constantFrom(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      -0,
      1e308,
      Number.MAX_SAFE_INTEGER + 2,
      2_147_483_648,
      -2_147_483_649,
    ),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ maxLength: 8 })), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A plausible value for a field, guessed from its name, so that many cases pass parsing. */
export function saneFor(field: string, ids: number[]): fc.Arbitrary<string> {
  const id = fc.constantFrom(...ids.map(String));
  if (/id$/i.test(field) || field === "version") return id;
  if (/date|On$|At$|start|end|deadline/i.test(field)) return fc.constantFrom("2026-01-15", "2026-10-01", "2030-12-31");
  if (/amount|grant|budget|population|count|target|value|year|score/i.test(field))
    return fc.constantFrom("1", "1000", "250000", "1.250.000", "0");
  if (/email/i.test(field)) return fc.constantFrom("admin@innovationsmotor.example", "ny@example.dk");
  if (/password/i.test(field)) return fc.constantFrom("demo1234", "et-langt-nyt-kodeord-2026");
  return fc.string({ minLength: 1, maxLength: 30 });
}
