// One exercise per route for the contract test: each documented status produced once, through the
// route module with a real token (or none), and checked against the document by `call()`.
import { expect } from "vitest";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import * as pilots from "../../../app/api/v1/pilots/route";
import * as pilot from "../../../app/api/v1/pilots/[id]/route";
import * as expenses from "../../../app/api/v1/phases/[id]/expenses/route";
import * as results from "../../../app/api/v1/pilots/[id]/results/route";
import * as summary from "../../../app/api/v1/portfolio/summary/route";
import * as exportRoute from "../../../app/api/v1/portfolio/export/[dataset]/route";
import * as municipalities from "../../../app/api/v1/municipalities/route";
import * as municipality from "../../../app/api/v1/municipalities/[code]/route";
import * as communities from "../../../app/api/v1/communities/route";
import * as openapi from "../../../app/api/v1/openapi.json/route";
import * as measurements from "../../../app/api/v1/kpis/[id]/measurements/route";
import * as pilotExport from "../../../app/api/v1/pilots/export/route";
import * as pushRoute from "../../../app/api/v1/push/[id]/route";
import { createPushTarget } from "../../../lib/push/manage";
import * as sites from "../../../app/api/v1/sites.geojson/route";
import * as pilotSites from "../../../app/api/v1/pilots/[id]/sites.geojson/route";
import * as openCatalog from "../../../app/api/v1/open-data/catalog.jsonld/route";
import * as openPilot from "../../../app/api/v1/open-data/pilots/[id]/route";
import * as openFile from "../../../app/api/v1/open-data/pilots/[id]/[file]/route";
import * as challenges from "../../../app/api/v1/challenges/route";
import * as pilotRisks from "../../../app/api/v1/pilots/[id]/risks/route";
import * as answers from "../../../app/api/v1/answers/route";
import * as interests from "../../../app/api/v1/pilots/[id]/spread/interests/route";
import * as realisations from "../../../app/api/v1/benefits/[id]/realisations/route";
import { apiRoute } from "../../../lib/api/handler";
import { declareInterestResponse } from "../../../lib/api/spread";
import { quarterOf } from "../../../lib/spread/rules";
import { addDays, danishDay } from "../../../lib/dates";
import type { SessionUser } from "../../../lib/auth/session";
import { buildPilot } from "../funding/builders";
import { bearer, call, checked } from "./contract";
import { makeToken, type TokenWorld } from "./world";

const API = "http://localhost/api/v1";
const BAD = bearer(`imk_${"x".repeat(43)}`);
type Exercise = (w: TokenWorld, prisma: PrismaClient) => Promise<void>;
const statuses = async (...calls: [Promise<Response>, number][]) => {
  for (const [res, status] of calls) expect((await res).status).toBe(status);
};

export const ROUTE_CALLS: Exercise[] = [
  async (w) => {
    await statuses(
      [call(pilots.GET, "GET", `${API}/pilots?q=vand`), 200],
      [call(pilots.GET, "GET", `${API}/pilots?pageSize=500`), 400],
      [call(pilots.GET, "GET", `${API}/pilots`, { headers: BAD }), 401],
    );
    await statuses(
      [call(answers.GET, "GET", `${API}/answers?q=vand`), 200],
      [call(answers.GET, "GET", `${API}/answers?q=vand&indhold=alt`), 400],
      [call(answers.GET, "GET", `${API}/answers?q=vand`, { headers: BAD }), 401],
    );
    await statuses(
      [call(pilotExport.GET, "GET", `${API}/pilots/export?format=xlsx&q=vand`), 200],
      [call(pilotExport.GET, "GET", `${API}/pilots/export?format=pdf`), 400],
      [call(pilotExport.GET, "GET", `${API}/pilots/export`, { headers: BAD }), 401],
    );
    const id = String(w.publicAdopted.id);
    await statuses(
      [call(pilot.GET, "GET", `${API}/pilots/${id}`, { params: { id } }), 200],
      [call(pilot.GET, "GET", `${API}/pilots/${w.gtmDraft.id}`, { params: { id: String(w.gtmDraft.id) } }), 404],
      [call(pilot.GET, "GET", `${API}/pilots/${id}`, { params: { id }, headers: BAD }), 401],
    );
  },
  async (w) => {
    const write = bearer((await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "WRITE")).secret);
    const read = bearer((await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "READ")).secret);
    const secretariat = bearer(
      (await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "WRITE")).secret,
    );
    const phase = await w.openPhase(w.aarhusRunning.id);
    const post = (id: number, body: unknown, headers: Record<string, string> = {}) =>
      call(expenses.POST, "POST", `${API}/phases/${id}/expenses`, { params: { id: String(id) }, headers, body });
    const good = { amount: 1_000, date: "2026-10-01", category: "drift", description: "Drift af sensorer" };
    await statuses(
      [post(phase.id, good, write), 201],
      [post(phase.id, { ...good, amount: 1.5 }, write), 400],
      [post(phase.id, good, read), 403],
      [post(phase.id, good, secretariat), 403],
      [post(w.otherPilot.phaseId, good, write), 404],
      [post(phase.id, { ...good, amount: phase.granted }, write), 409],
      [post(phase.id, { ...good, description: "x".repeat(20_000) }, write), 413],
      [post(phase.id, good), 401],
    );
  },
  async (w, prisma) => {
    const write = bearer((await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "WRITE")).secret);
    const read = bearer((await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "READ")).secret);
    const member = bearer(
      (await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "WRITE")).secret,
    );
    const decided = await prisma.phase.findFirstOrThrow({
      where: { pilotId: w.aarhusRunning.id, status: "DECIDED" },
      select: { id: true },
    });
    const post = (pilotId: number, body: unknown, headers: Record<string, string> = {}) =>
      call(results.POST, "POST", `${API}/pilots/${pilotId}/results`, {
        params: { id: String(pilotId) },
        headers,
        body,
      });
    const good = {
      kind: "measurement",
      occurredOn: "2026-01-15",
      title: "Vandstand målt",
      links: [{ url: "https://data.example.dk/maaling.csv" }],
    };
    const id = w.aarhusRunning.id;
    await statuses(
      [post(id, good, write), 201],
      [post(id, { ...good, kind: "rumour", occurredOn: "15-01-2026" }, write), 400],
      [post(id, good, read), 403],
      [post(id, good, member), 403],
      [post(w.otherPilot.id, good, write), 404],
      [post(id, { ...good, phaseId: decided.id }, write), 409],
      [post(id, { ...good, body: "x".repeat(20_000) }, write), 413],
      [post(id, good), 401],
    );
  },
  async (w, prisma) => {
    const kpi = async (pilotId: number) =>
      (
        await prisma.kpi.create({
          data: {
            pilotId,
            name: "Fyldningsgrad",
            unit: "%",
            baseline: 80,
            direction: "LOWER_IS_BETTER",
            benefitKind: "OTHER",
          },
        })
      ).id;
    const stopped = await buildPilot(prisma, { communityId: w.gtmId, lead: w.users.gtmLead });
    const [open, other, ended] = [await kpi(w.aarhusRunning.id), await kpi(w.otherPilot.id), await kpi(stopped.id)];
    const write = bearer((await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "WRITE")).secret);
    const read = bearer((await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "READ")).secret);
    const endedWrite = bearer((await makeToken(w.users.gtmLead, { kind: "pilot", id: stopped.id }, "WRITE")).secret);
    await prisma.pilot.update({ where: { id: stopped.id }, data: { status: "STOPPED" } });
    const post = (id: number, body: unknown, headers: Record<string, string> = {}) =>
      call(measurements.POST, "POST", `${API}/kpis/${id}/measurements`, { params: { id: String(id) }, headers, body });
    const good = { measurements: [{ measuredAt: "2026-01-15", value: 71.5 }] };
    await statuses(
      [post(open, good, write), 200],
      [post(open, { measurements: [{ measuredAt: "i går", value: 1 }] }, write), 400],
      [post(open, good, read), 403],
      [post(other, good, write), 404],
      [post(ended, good, endedWrite), 409],
      [post(open, { measurements: Array.from({ length: 1_001 }, () => good.measurements[0]) }, write), 413],
      [post(open, good), 401],
    );
  },
  async (w, prisma) => {
    const kpi = async (pilotId: number) =>
      (
        await prisma.kpi.create({
          data: {
            pilotId,
            name: "Vandstand",
            unit: "cm",
            baseline: 80,
            direction: "LOWER_IS_BETTER",
            benefitKind: "OTHER",
          },
        })
      ).id;
    const stopped = await buildPilot(prisma, { communityId: w.gtmId, lead: w.users.gtmLead });
    const target = async (kpiId: number) => {
      const { secret, target: t } = await createPushTarget(w.users.gtmLead, {
        kpiId,
        name: "OS2iot",
        readingsPath: null,
        valuePath: "decoded.level",
        timePath: "time",
        devicePath: null,
        allowedDevices: [],
        factor: 1,
      });
      return { id: t.id, headers: { "x-api-key": secret } };
    };
    const [open, ended] = [await target(await kpi(w.aarhusRunning.id)), await target(await kpi(stopped.id))];
    await prisma.pilot.update({ where: { id: stopped.id }, data: { status: "STOPPED" } });
    const post = (t: { id: number; headers: Record<string, string> }, body: unknown, headers = t.headers) =>
      call(pushRoute.POST, "POST", `${API}/push/${t.id}`, { params: { id: String(t.id) }, headers, body });
    const good = { time: "2026-01-15T08:00:00Z", decoded: { level: 71.5 } };
    await statuses(
      [post(open, good), 200],
      [post(open, "{not json"), 400],
      [post(open, good, { "x-api-key": `imp_${"x".repeat(43)}` }), 401],
      [post(ended, good), 409],
      [post(open, { readings: "x".repeat(1_100_000) }), 413],
      [post(open, { decoded: { level: "høj" } }), 422],
    );
  },
  async (w) => {
    const community = bearer(
      (await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "READ")).secret,
    );
    await statuses(
      [call(summary.GET, "GET", `${API}/portfolio/summary`), 200],
      [call(summary.GET, "GET", `${API}/portfolio/summary?community=govtech-midtjylland`, { headers: community }), 200],
      [call(summary.GET, "GET", `${API}/portfolio/summary?year=abc`), 400],
      [call(summary.GET, "GET", `${API}/portfolio/summary`, { headers: BAD }), 401],
    );
    const file = (dataset: string, qs = "", headers: Record<string, string> = {}) =>
      call(exportRoute.GET, "GET", `${API}/portfolio/export/${dataset}${qs}`, { params: { dataset }, headers });
    await statuses(
      [file("funnel"), 200],
      [file("sdgs", "?format=xlsx", community), 200],
      [file("funnel", "?format=pdf"), 400],
      [file("nope"), 404],
      [file("funnel", "", BAD), 401],
    );
  },
  async () => {
    const one = (code: string, headers: Record<string, string> = {}) =>
      call(municipality.GET, "GET", `${API}/municipalities/${code}`, { params: { code }, headers });
    await statuses(
      [call(municipalities.GET, "GET", `${API}/municipalities`), 200],
      [call(municipalities.GET, "GET", `${API}/municipalities`, { headers: BAD }), 401],
    );
    await statuses([one("751"), 200], [one("75a"), 400], [one("411"), 404], [one("751", BAD), 401]);
    await statuses(
      [call(communities.GET, "GET", `${API}/communities`), 200],
      [call(communities.GET, "GET", `${API}/communities`, { headers: BAD }), 401],
    );
    await statuses(
      [call(openapi.GET, "GET", `${API}/openapi.json`), 200],
      [call(openapi.GET, "GET", `${API}/openapi.json`, { headers: BAD }), 401],
    );
  },
  async (w) => {
    const site = (id: string, headers: Record<string, string> = {}) =>
      call(pilotSites.GET, "GET", `${API}/pilots/${id}/sites.geojson`, { params: { id }, headers });
    await statuses(
      [call(sites.GET, "GET", `${API}/sites.geojson`), 200],
      [call(sites.GET, "GET", `${API}/sites.geojson`, { headers: BAD }), 401],
    );
    await statuses(
      [site(String(w.publicAdopted.id)), 200],
      [site(String(w.gtmDraft.id)), 404],
      [site(String(w.publicAdopted.id), BAD), 401],
    );
    await statuses(
      [call(openCatalog.GET, "GET", `${API}/open-data/catalog.jsonld`), 200],
      [call(openCatalog.GET, "GET", `${API}/open-data/catalog.jsonld`, { headers: BAD }), 401],
    );
    const open = (id: number, headers: Record<string, string> = {}) =>
      call(openPilot.GET, "GET", `${API}/open-data/pilots/${id}`, { params: { id: String(id) }, headers });
    const file = (id: number, name: string, headers: Record<string, string> = {}) =>
      call(openFile.GET, "GET", `${API}/open-data/pilots/${id}/${name}`, {
        params: { id: String(id), file: name },
        headers,
      });
    await statuses(
      [open(w.publicAdopted.id), 200],
      [open(w.aarhusRunning.id), 404],
      [open(w.publicAdopted.id, BAD), 401],
    );
    await statuses(
      [file(w.publicAdopted.id, "results.csv"), 200],
      [file(w.aarhusRunning.id, "results.csv"), 404],
      [file(w.publicAdopted.id, "lessons.csv", BAD), 401],
    );
  },
  async (w, prisma) => {
    // "Vi vil være med" is a member's own: members hold no tokens, so it is called as a browser session
    // would be (the route module itself answers 401 and the token refusals). The demo's open offer
    // is on the AI pilot; Dynamiske Data's Vallensbæk member joins it across communities.
    const asSession = (user: SessionUser, id: number, body: unknown) => {
      const url = `${API}/pilots/${id}/spread/interests`;
      const req = new Request(url, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost" },
        body: JSON.stringify(body),
      });
      return checked(
        "POST",
        url,
        apiRoute((r) => declareInterestResponse(r, user, String(id)), {
          write: true,
          caller: async () => ({ user, token: null }) as never,
        })(req, {}),
      );
    };
    const good = {
      units: 40,
      goLive: quarterOf(addDays(danishDay(), 100)),
      contactName: "Pernille Skov",
      contactEmail: "medlem@vallensbaek.example",
    };
    const ai = w.aarhusRunning.id;
    const secretariat = bearer(
      (await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "WRITE")).secret,
    );
    const read = bearer((await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "READ")).secret);
    const post = (id: number, body: unknown, headers: Record<string, string> = {}) =>
      call(interests.POST, "POST", `${API}/pilots/${id}/spread/interests`, {
        params: { id: String(id) },
        headers,
        body,
      });
    await statuses(
      [asSession(w.users.fddMember, ai, good), 201],
      [asSession(w.users.fddMember, ai, { ...good, units: -4 }), 400],
      [post(ai, good, read), 403],
      [asSession(w.users.fddMember, w.gtmDraft.id, good), 404],
      [asSession(w.users.fddMember, w.publicAdopted.id, good), 409], // no open offer
      [post(ai, { ...good, contactName: "x".repeat(1_100_000) }, secretariat), 413],
      [post(ai, good), 401],
    );
    expect(
      await prisma.spreadParticipant.count({
        where: { offer: { pilotId: ai }, organisation: { slug: "vallensbaek" } },
      }),
    ).toBe(1);

    // Realised benefits in a batch: the Gudenå pilot's profile, by GovTech's secretariat's token.
    const profile = await prisma.benefitProfile.findFirstOrThrow({
      where: { pilotId: w.publicAdopted.id, kind: "KRONER_SAVED" },
      select: { id: true, owners: { select: { organisationId: true } } },
    });
    const org = profile.owners[0].organisationId;
    const batch = (n: number, period = "2026-Q3") => ({
      realisations: Array.from({ length: n }, () => ({ organisationId: org, period, value: 125_000 })),
    });
    const send = (id: number, body: unknown, headers: Record<string, string> = {}) =>
      call(realisations.POST, "POST", `${API}/benefits/${id}/realisations`, {
        params: { id: String(id) },
        headers,
        body,
      });
    // A profile on a pilot still before its scale-up: nothing can be realised there yet (409).
    const early = await prisma.benefitProfile.create({
      data: {
        pilotId: ai,
        name: "For tidligt",
        kind: "HOURS_SAVED",
        unit: "timer",
        frequency: "YEARLY",
        createdById: w.users.gtmLead.id,
      },
    });
    await prisma.benefitOwner.create({
      data: { profileId: early.id, organisationId: w.users.gtmLead.organisation.id, userId: w.users.gtmLead.id },
    });
    const before = await prisma.benefitRealisation.count();
    await statuses(
      [send(profile.id, batch(1), secretariat), 200],
      [send(profile.id, batch(1, "2099-Q1"), secretariat), 400],
      [send(profile.id, batch(1), read), 403],
      [send(2_147_483_647, batch(1), secretariat), 404],
      [
        send(
          early.id,
          { realisations: [{ organisationId: w.users.gtmLead.organisation.id, period: "2026", value: 3 }] },
          secretariat,
        ),
        409,
      ],
      [send(profile.id, batch(1_001), secretariat), 413],
      [send(profile.id, batch(1)), 401],
    );
    expect(await prisma.benefitRealisation.count()).toBe(before); // 2026-Q3 was there: corrected, not added
  },
  async (w) => {
    const list = (qs: string, headers: Record<string, string> = {}) =>
      call(challenges.GET, "GET", `${API}/challenges${qs}`, { headers });
    await statuses(
      [list(""), 200],
      [list("?community=govtech-midtjylland&page=1"), 200],
      [list("?page=0"), 400],
      [list("?community=Ikke%20en%20slug"), 400],
      [list("", BAD), 401],
    );
    const risks = (id: string, headers: Record<string, string> = {}) =>
      call(pilotRisks.GET, "GET", `${API}/pilots/${id}/risks`, { params: { id }, headers });
    await statuses(
      [risks(String(w.publicAdopted.id)), 200],
      [risks(String(w.gtmDraft.id)), 404],
      [risks("99999999999"), 404],
      [risks(String(w.publicAdopted.id), BAD), 401],
    );
  },
];
