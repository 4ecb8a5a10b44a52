// Two viewers who may see different pilots ask for the same page at the same moment, many times over
// (issue 22): each answer holds only what that viewer may see and names that viewer, so no cache —
// the dashboard's summary cache, React's per-request cache, Next's own — ever answers one viewer
// with another's page. The secrets are demo pilots only one of each pair may see (PRODUCT.md rule 6).
import type { APIRequestContext, Browser } from "@playwright/test";
import { expect, ROLES, signInAs, test } from "./fixtures";

// 8 rounds: the suite runs twice in CI; the in-process caches get 10 rounds in the integration suite
// (tests/integration/portfolio/concurrent-viewers.test.ts).
const ROUNDS = 8;

type Viewer = {
  label: string;
  email?: string;
  name?: string;
  /** Pilot titles only this viewer of the pair may see. */
  secrets: string[];
  request?: APIRequestContext;
};

// A lead of Govtech Midtjylland with a draft, and the secretariat of another community, who sees that
// community's drafts and submitted pilots but not this one.
const LEAD_DRAFT = "AI-chatbot til borgerspørgsmål om byggesager";
const GATE21_DRAFTS = [
  "Bus- og cykelprioritering i trafiksignaler med sensordata",
  "Støjsensorer i nattelivet og ved festivalpladsen",
];
// A running pilot shown to members only: a signed-in member sees it, an anonymous visitor never.
const MEMBERS_ONLY = "Trafiktælling med radarsensorer på kommuneveje";

const PAIRS: [Viewer, Viewer][] = [
  [
    { label: "lead", email: ROLES.projectLead, name: "Line Østergaard", secrets: [LEAD_DRAFT] },
    {
      label: "Gate 21 secretariat",
      email: "sekretariat@gate21.example",
      name: "Louise Frederiksen",
      secrets: GATE21_DRAFTS,
    },
  ],
  [
    { label: "member", email: ROLES.member, name: "Camilla Nørgaard", secrets: [MEMBERS_ONLY] },
    { label: "anonymous visitor", secrets: [] },
  ],
];

async function open(browser: Browser, v: Viewer) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (v.email) await signInAs(page, v.email);
  v.request = context.request;
}

/** Pilot ids by title, as this viewer's API list gives them. */
async function pilotIds(v: Viewer): Promise<Map<string, number>> {
  const res = await v.request!.get("/api/v1/pilots?pageSize=100");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { items: { id: number; title: string }[] };
  return new Map(body.items.map((p) => [p.title, p.id]));
}

/** The same address for both at once, ROUNDS times; returns each viewer's answers. */
async function together(pair: [Viewer, Viewer], path: string) {
  const answers: [string[], string[]] = [[], []];
  for (let i = 0; i < ROUNDS; i++) {
    const res = await Promise.all(pair.map((v) => v.request!.get(path, { maxRedirects: 0 })));
    for (const [k, r] of res.entries()) answers[k].push(`${r.status()} ${await r.text()}`);
  }
  return answers;
}

/** Each answer of one viewer holds none of the other's secrets. */
function expectOwn(pair: [Viewer, Viewer], answers: [string[], string[]]) {
  for (const k of [0, 1]) {
    const other = pair[1 - k];
    for (const a of answers[k])
      for (const s of other.secrets) expect(a, `${pair[k].label} saw "${s}"`).not.toContain(s);
  }
}

for (const pair of PAIRS) {
  test(`${pair[0].label} and ${pair[1].label}, asking at once, each get only their own pages`, async ({ browser }) => {
    test.setTimeout(240_000);
    for (const v of pair) await open(browser, v);
    const [first, second] = await Promise.all(pair.map(pilotIds));
    // What each may see, seen alone: the secrets are real (the other's list lacks them).
    for (const s of pair[0].secrets) expect(first.has(s) && !second.has(s), s).toBe(true);
    for (const s of pair[1].secrets) expect(second.has(s) && !first.has(s), s).toBe(true);

    for (const path of ["/", "/piloter", "/portefoelje", "/api/v1/pilots?pageSize=100", "/api/v1/portfolio/summary"]) {
      const answers = await together(pair, path);
      expectOwn(pair, answers);
      if (path === "/")
        for (const k of [0, 1]) {
          const name = pair[k].name;
          for (const a of answers[k]) {
            expect(a.startsWith("200 ")).toBe(true);
            if (name) expect(a).toContain(name);
            const otherName = pair[1 - k].name;
            if (otherName) expect(a).not.toContain(otherName);
          }
        }
      if (path.startsWith("/api/v1/pilots"))
        for (const k of [0, 1])
          for (const a of answers[k])
            for (const s of pair[k].secrets) expect(a, `${pair[k].label} lost "${s}"`).toContain(s);
    }

    // The dashboard's figures, asked at once, are the ones each viewer gets alone (decision 0018's cache).
    const alone = await Promise.all(
      pair.map(async (v) => JSON.stringify(figures(await (await v.request!.get("/api/v1/portfolio/summary")).json()))),
    );
    expect(alone[0]).not.toBe(alone[1]);
    const summaries = await together(pair, "/api/v1/portfolio/summary");
    for (const k of [0, 1])
      for (const a of summaries[k]) expect(JSON.stringify(figures(JSON.parse(a.slice(4))))).toBe(alone[k]);

    // A pilot page only one may see: the other gets "not found", every time, at the same moment.
    const secret = pair[0].secrets[0];
    const id = first.get(secret)!;
    const pages = await together(pair, `/piloter/${id}`);
    for (const a of pages[0]) expect(a.startsWith("200 ") && a.includes(secret)).toBe(true);
    for (const a of pages[1]) {
      expect(a.startsWith("404 ")).toBe(true);
      expect(a).not.toContain(secret);
    }
  });
}

/** The figures without the moment they were computed (a cached answer is up to a minute old). */
function figures(summary: { funnel?: unknown; computedAt?: string }) {
  expect(summary.funnel).toBeTruthy();
  return { ...summary, computedAt: undefined };
}
