// Fuzzing every server action (each export of every app/**/actions.ts, found on disk) with hostile
// form data from several users in both languages. For each case: no unhandled error, no 500-style
// "generic" message, no console.error; a refusal carries a translated message (never a raw key); a
// refused case changed no row. The number of cases is printed and written to test-results/fuzz/.
import { beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { freshDatabase } from "../db";
import { seedTokenWorld } from "../api/world";
import type { SessionUser } from "../../../lib/auth/session";
import type { ActionState } from "../../../lib/action-state";
import { unclear } from "./messages";
import { formValue, NASTY_KEYS, nastyString, saneFor } from "./hostile";
import { actionModules, schemaFields } from "./fields";
import { watchRows, type Untouched } from "./untouched";
import { recordCases } from "./tally";
import { plausibleIds } from "./ids";

const who = vi.hoisted(() => ({ user: null as unknown, locale: "da" }));
const signals = vi.hoisted(() => ({ Redirected: class Redirected extends Error {} }));

vi.mock("../../../lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  currentUser: async () => who.user,
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "locale" ? { value: who.locale } : undefined),
    set: () => {},
    delete: () => {},
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new signals.Redirected(url);
  },
  notFound: () => {
    throw new signals.Redirected("404");
  },
}));

type ActionFn = (prev: ActionState, form: FormData) => Promise<ActionState>;
const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS ?? 140);

let users: (SessionUser | null)[] = [];
let ids: number[] = [];
let vocabulary: string[] = [];
let rows: Untouched;
const actions: { name: string; run: ActionFn }[] = [];

beforeAll(async () => {
  const db = await freshDatabase();
  const w = await seedTokenWorld(db.prisma);
  users = [w.users.admin, w.users.gtmSecretariat, w.users.gtmLead, w.users.fddMember, null];
  ids = await plausibleIds(db.prisma);
  vocabulary = await schemaFields();
  for (const file of actionModules()) {
    const mod = (await import(/* @vite-ignore */ `../../../${file}`)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod))
      if (typeof fn === "function") actions.push({ name: `${file}#${name}`, run: fn as ActionFn });
  }
  rows = await watchRows(db.prisma);
});

/** The fields an action asks for: what an empty submission by the admin says is missing. */
async function requiredFields(run: ActionFn): Promise<string[]> {
  who.user = users[0];
  const state = await call(run, new FormData());
  return Object.keys(state.fieldErrors ?? {}).filter((k) => k !== "_form");
}

async function call(run: ActionFn, form: FormData): Promise<ActionState> {
  try {
    return await run({ status: "idle" }, form);
  } catch (err) {
    if (err instanceof signals.Redirected) return { status: "ok" };
    throw err;
  }
}

function describeForm(form: FormData) {
  return JSON.stringify(
    [...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v.slice(0, 60) : `File(${v.size})`]),
  );
}

describe("fuzzing the server actions", () => {
  // Found by this fuzzing: an id past PostgreSQL's integer range reached the database and came back
  // as an out-of-range error, shown as "something went wrong". Id schemas now cap at MAX_ID.
  it("refuses an id beyond PostgreSQL's integer range with a message, not a crash", async () => {
    const find = (name: string) => actions.find((a) => a.name.endsWith(name))!.run;
    for (const [name, field] of [
      ["[slug]/actions.ts#requestMembershipAction", "communityId"],
      ["udgifter/actions.ts#postExpenseAction", "phaseId"],
    ]) {
      const form = new FormData();
      form.set(field, "2147483648");
      form.set("amount", "100");
      who.user = users[3];
      who.locale = "da";
      const state = await call(find(name), form);
      expect(state.status, name).toBe("error");
      for (const text of [state.message, ...Object.values(state.fieldErrors ?? {})].filter(Boolean))
        expect(unclear(text, "da"), name).toBeNull();
    }
  });

  // Found on PostgreSQL: a NUL character reached a text column and failed there ("something went wrong").
  it("refuses a NUL character beside its field, before the database", async () => {
    const rename = actions.find((a) => a.name.endsWith("profil/actions.ts#renameAction"))!.run;
    const form = new FormData();
    form.set("name", "Mette\u0000Lindholm");
    who.user = users[0];
    who.locale = "en";
    const state = await call(rename, form);
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { name: expect.stringContaining("NUL") },
      values: { name: "Mette\u0000Lindholm" },
    });
  });

  it(
    "answers every hostile form with a clear message and changes nothing it refused",
    { timeout: 600_000 },
    async () => {
      expect(actions.length).toBeGreaterThan(35);

      let cases = 0;
      let accepted = 0;
      const consoleError = vi.mocked(console.error);
      for (const action of actions) {
        const required = await requiredFields(action.run);
        const field = (name: string) => fc.tuple(fc.constant(name), formValue(saneFor(name, ids)));
        const formArb = fc.record({
          fields: fc.tuple(...required.map(field)),
          dropped: fc.subarray(required, { maxLength: Math.min(2, required.length) }),
          extras: fc.array(
            fc.tuple(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(...NASTY_KEYS)), formValue(nastyString)),
            { maxLength: 3 },
          ),
          user: fc.constantFrom(...users),
          locale: fc.constantFrom("da" as const, "en" as const),
        });
        await fc.assert(
          fc.asyncProperty(formArb, async ({ fields, dropped, extras, user, locale }) => {
            const form = new FormData();
            for (const [k, v] of [...fields.filter(([k]) => !dropped.includes(k)), ...extras]) form.append(k, v);
            who.user = user;
            who.locale = locale;
            const errorsBefore = consoleError.mock.calls.length;
            const label = () => `${action.name} as ${user?.email ?? "nobody"}: ${describeForm(form)}`;
            const state = await call(action.run, form);
            cases++;
            expect(consoleError.mock.calls.length, label()).toBe(errorsBefore);
            expect(["ok", "error"], label()).toContain(state.status);
            const texts = [state.message, ...Object.values(state.fieldErrors ?? {})].filter((t) => t !== undefined);
            if (state.status === "error") expect(texts.length, label()).toBeGreaterThan(0);
            else accepted++;
            for (const text of texts) expect(unclear(text, locale), label()).toBeNull();
            await rows.check(state.status === "error", label);
          }),
          { numRuns: RUNS_PER_ACTION, endOnFailure: true },
        );
      }
      recordCases("actions", { actions: actions.length, cases, accepted, hashed: rows.hashed });
      expect(cases).toBe(actions.length * RUNS_PER_ACTION);
    },
  );
});
