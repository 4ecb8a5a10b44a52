// The audit trail in words: every kind of event the app records, with a snapshot shaped like the one
// its domain function writes, reads as one sentence in Danish and in English, with kroner, dates and
// labels formatted and no code value, JSON or field name left for the reader.
import { describe, expect, it } from "vitest";
import { describeAuditEvent, type AuditEventRow } from "../../lib/audit/describe";
import { AUDIT_KINDS, AUDIT_TOPICS, isAuditKind, type AuditKind } from "../../lib/audit/kinds";
import { auditRefs } from "../../lib/audit/refs";
import { renderAuditEvent } from "../../lib/audit/render";
import { emptyNames, type AuditNames } from "../../lib/audit/values";
import { FIELDS } from "../../lib/audit/fields";
import { translator } from "../../lib/i18n/messages";
import type { Locale } from "../../lib/i18n/locales";

const PILOT = "Sensorer i regnvandsbassiner";

function demoNames(): AuditNames {
  const n = emptyNames();
  n.pilots.set(7, PILOT);
  n.phases.set(21, { kind: "TEST", pilot: PILOT }).set(22, { kind: "DEMONSTRATION", pilot: PILOT });
  n.organisations.set(3, "Aarhus Kommune").set(4, "Herning Kommune").set(5, "Region Midtjylland");
  n.kpis.set(9, { name: "Overløb pr. måned", unit: "antal", pilot: PILOT });
  n.criteria.set(1, { da: "Værdi for borgere og medarbejdere", en: "Value for citizens and staff" });
  n.tokens.set(2, "OS2iot Aarhus");
  n.communities.set(1, "GovTech Midtjylland");
  n.municipalities.set(751, "Aarhus").set(657, "Herning");
  const subject = { pilot: PILOT, phase: "TEST" };
  n.subjects.set("Phase:22", { pilot: PILOT, phase: "DEMONSTRATION" });
  for (const key of ["Pilot:7", "Phase:21", "GateReview:5", "GateScorecard:6", "GateDecision:8", "ResultEntry:11"])
    n.subjects.set(key, subject);
  n.subjects.set("GateCondition:4", { ...subject, name: "Lav en plan for drift" });
  n.subjects.set("Expense:12", { ...subject, amount: 45_000 });
  n.subjects.set("Kpi:9", { name: "Overløb pr. måned", unit: "antal", pilot: PILOT });
  n.subjects.set("KpiMeasurement:40", { name: "Overløb pr. måned", unit: "antal", pilot: PILOT });
  n.subjects.set("Lesson:3", { name: "Sensorer skal kalibreres", pilot: PILOT });
  n.subjects.set("ApiToken:2", { name: "OS2iot Aarhus" });
  n.subjects.set("User:17", { name: "Else Kirkegaard" });
  n.subjects.set("CommunityMember:30", { name: "Odense Kommune" });
  n.subjects.set("Pool:2", { year: 2026 });
  n.subjects.set("Community:1", { name: "GovTech Midtjylland" });
  n.subjects.set("PushTarget:5", { name: "Bassinsensorer", kpi: "Overløb pr. måned", pilot: PILOT });
  return n;
}

const pilotSnapshot = {
  title: PILOT,
  problem: "Overløb ved skybrud",
  hypothesis: "Sensorer varsler i tide",
  technologies: ["IoT"],
  domains: ["vand", "klima"],
  sdgs: [6, 13],
  leadOrganisationId: 3,
  visibility: "MEMBERS",
  status: "DRAFT",
  version: 1,
  participantIds: [3, 4],
};
const phaseSnapshot = {
  kind: "TEST",
  status: "PLANNED",
  plannedStart: "2026-03-01",
  plannedEnd: "2026-08-31",
  requestedGrant: 300_000,
  successCriteria: "Færre overløb",
  killCriteria: "Ingen effekt",
  version: 1,
};

type Sample = { entityId: number | string; before?: unknown; after?: unknown };
// One sample per kind, shaped like the domain function's snapshot: TypeScript insists on every kind.
const SAMPLES: { [K in AuditKind as `${K["entity"]}:${K["action"]}`]: Sample } = {
  "Pilot:create": { entityId: 7, after: pilotSnapshot },
  "Pilot:update": {
    entityId: 7,
    before: pilotSnapshot,
    after: { ...pilotSnapshot, domains: ["vand"], participantIds: [3, 4, 5], version: 2 },
  },
  "Pilot:submit": { entityId: 7, before: pilotSnapshot, after: { ...pilotSnapshot, status: "SUBMITTED", version: 2 } },
  "Pilot:approve": {
    entityId: 7,
    before: { status: "SUBMITTED", testPhase: { status: "PLANNED", granted: 0 }, poolBalance: 2_000_000 },
    after: { status: "ACTIVE", testPhase: { status: "ACTIVE", granted: 300_000 }, poolBalance: 1_700_000, year: 2026 },
  },
  "Pilot:send-back": {
    entityId: 7,
    before: { status: "SUBMITTED" },
    after: { status: "DRAFT", reviewComment: "Beskriv stopkriterierne." },
  },
  "Phase:plan": { entityId: 22, after: { ...phaseSnapshot, kind: "DEMONSTRATION" } },
  "Phase:update": {
    entityId: 21,
    before: phaseSnapshot,
    after: { ...phaseSnapshot, requestedGrant: 350_000, version: 2 },
  },
  "Phase:pledges": {
    entityId: 21,
    before: { cofundingTotal: 0, pledges: [] },
    after: {
      cofundingTotal: 100_000,
      splitKey: "POPULATION",
      pledges: [
        { organisationId: 3, amount: 70_000 },
        { organisationId: 4, amount: 30_000 },
      ],
    },
  },
  "Expense:post": {
    entityId: 12,
    before: { phaseSpent: 0 },
    after: {
      id: 12,
      phaseId: 21,
      amount: 45_000,
      spentOn: "2026-04-02",
      category: "UDSTYR",
      description: "Sensorer",
      reversesId: null,
      createdAt: "2026-04-02T10:00:00.000Z",
      phaseSpent: 45_000,
    },
  },
  "Expense:reverse": {
    entityId: 12,
    before: { reversed: false, phaseSpent: 45_000 },
    after: { reversed: true, reversalId: 13, reason: "Fejlbogført", phaseSpent: 0 },
  },
  "Pool:contributions": {
    entityId: 2,
    before: { year: 2026, balance: 0 },
    after: {
      year: 2026,
      balance: 900_000,
      splitKey: "EQUAL",
      shares: [
        { organisationId: 3, amount: 450_000 },
        { organisationId: 4, amount: 450_000 },
      ],
    },
  },
  "GateReview:request": {
    entityId: 5,
    before: { phaseStatus: "ACTIVE" },
    after: {
      phaseId: 21,
      phaseKind: "TEST",
      phaseStatus: "AWAITING_GATE",
      dueDate: "2026-09-15",
      requestedGrant: 800_000,
      granted: 300_000,
      spent: 120_000,
    },
  },
  "GateScorecard:score": {
    entityId: 6,
    after: { reviewId: 5, conflictOfInterest: false, scores: [{ criterionId: 1, weight: 20, score: 4 }] },
  },
  "GateScorecard:abstain": { entityId: 6, after: { reviewId: 5, conflictOfInterest: true, scores: [] } },
  "GateDecision:decide": {
    entityId: 8,
    before: {
      reviewId: 5,
      pilotStatus: "ACTIVE",
      phaseStatus: "AWAITING_GATE",
      granted: 300_000,
      spent: 120_000,
      poolBalance: 1_000_000,
    },
    after: {
      outcome: "GO",
      pilotStatus: "ACTIVE",
      phaseStatus: "DECIDED",
      releasedAmount: 800_000,
      returnedAmount: 180_000,
      poolBalance: 380_000,
      poolYear: 2026,
      weightedScore: 4.25,
      quorum: { submitted: 3, needed: 3, members: 4 },
      conditions: 1,
    },
  },
  "GateCondition:done": {
    entityId: 4,
    before: { doneAt: null },
    after: { decisionId: 8, text: "Lav en plan for drift", doneAt: "2026-10-01T08:30:00.000Z" },
  },
  "Community:gate-criteria": {
    entityId: 1,
    before: {
      criteria: [
        {
          id: 1,
          key: "value",
          nameDa: "Værdi for borgere og medarbejdere",
          nameEn: "Value for citizens and staff",
          weight: 20,
          position: 1,
          active: true,
        },
      ],
    },
    after: {
      criteria: [
        {
          id: 1,
          key: "value",
          nameDa: "Værdi for borgere og medarbejdere",
          nameEn: "Value for citizens and staff",
          weight: 25,
          position: 1,
          active: true,
        },
      ],
    },
  },
  "Community:import-pilots": {
    entityId: 1,
    after: { file: "piloter.xlsx", pilots: 12, phases: 20, firstPilotId: 40, lastPilotId: 51, pilotIds: [40, 41] },
  },
  "Lesson:create": {
    entityId: 3,
    after: {
      pilotId: 7,
      kind: "LESSON",
      phaseId: 21,
      title: "Sensorer skal kalibreres",
      whatWeDid: "Vi satte sensorer op",
      whatWeLearned: "De driver",
      wouldDoDifferently: "Kalibrere oftere",
      tags: ["sensorer", "drift"],
    },
  },
  "Lesson:update": {
    entityId: 3,
    before: {
      kind: "LESSON",
      title: "Sensorer skal kalibreres",
      whatWeDid: "a",
      whatWeLearned: "b",
      wouldDoDifferently: "c",
      tags: [],
    },
    after: {
      pilotId: 7,
      kind: "LESSON",
      title: "Sensorer skal kalibreres",
      whatWeDid: "a",
      whatWeLearned: "b og c",
      wouldDoDifferently: "c",
      tags: ["sensorer"],
    },
  },
  "Lesson:stop-report": {
    entityId: 3,
    after: { decisionId: 8, kind: "STOP_REPORT", title: "Hvorfor vi stoppede", tags: [] },
  },
  "Lesson:gate-lesson": {
    entityId: 3,
    after: { decisionId: 8, kind: "LESSON", title: "Sensorer skal kalibreres", tags: ["drift"] },
  },
  "ResultEntry:create": {
    entityId: 11,
    after: {
      pilotId: 7,
      phaseId: 21,
      kind: "MILESTONE",
      occurredOn: "2026-05-01",
      title: "Sensorer sat op",
      body: "Ti sensorer",
      links: [{ label: "Data", url: "https://example.org/data" }],
    },
  },
  "Kpi:create": {
    entityId: 9,
    after: {
      pilotId: 7,
      name: "Overløb pr. måned",
      unit: "antal",
      baseline: 12,
      direction: "LOWER_IS_BETTER",
      benefitKind: "QUALITY",
      targets: { "21": 8, "22": 4 },
    },
  },
  "Kpi:update": {
    entityId: 9,
    before: {
      name: "Overløb pr. måned",
      unit: "antal",
      baseline: 12,
      direction: "LOWER_IS_BETTER",
      benefitKind: "QUALITY",
      targets: { "21": 8 },
    },
    after: {
      pilotId: 7,
      name: "Overløb pr. måned",
      unit: "antal",
      baseline: 10,
      direction: "LOWER_IS_BETTER",
      benefitKind: "QUALITY",
      targets: { "21": 6 },
    },
  },
  "Kpi:import-measurements": {
    entityId: 9,
    after: { imported: 24, alreadyStored: 2, from: "2025-01-01", to: "2026-12-01" },
  },
  "Kpi:api-measurements": {
    entityId: 9,
    after: { imported: 3, alreadyStored: 0, from: "2026-05-01", to: "2026-05-03", tokenId: 2 },
  },
  "KpiMeasurement:create": {
    entityId: 40,
    after: { kpiId: 9, date: "2026-05-01", value: 7, note: null, source: "MANUAL" },
  },
  "KpiMeasurement:delete": {
    entityId: 41,
    before: { kpiId: 9, measuredAt: "2026-04-01T00:00:00.000Z", value: 9, source: "MANUAL", note: "Fejl" },
  },
  "CommunityMember:add": { entityId: 30, after: { organisation: "Odense Kommune", status: "ACTIVE" } },
  "CommunityMember:remove": {
    entityId: 30,
    before: { organisation: "Odense Kommune", status: "ACTIVE" },
    after: { organisation: "Odense Kommune", status: "LEFT" },
  },
  "CommunityMember:request": {
    entityId: 30,
    after: { organisation: "Odense Kommune", status: "REQUESTED", requestNote: "Vi vil være med" },
  },
  "CommunityMember:accept": {
    entityId: 30,
    before: { organisation: "Odense Kommune", status: "REQUESTED", requestNote: null },
    after: { organisation: "Odense Kommune", status: "ACTIVE", requestNote: null },
  },
  "CommunityMember:decline": {
    entityId: 30,
    before: { organisation: "Odense Kommune", status: "REQUESTED", requestNote: null },
    after: { organisation: "Odense Kommune", status: "DECLINED", requestNote: null },
  },
  "User:create": {
    entityId: 17,
    after: {
      name: "Else Kirkegaard",
      email: "else@odense.example",
      organisation: "Odense Kommune",
      roles: ["PROJECT_LEAD"],
      inviteExpiresAt: "2026-05-08T10:00:00.000Z",
    },
  },
  "User:roles": { entityId: 17, before: { roles: ["MEMBER"] }, after: { roles: ["MEMBER", "PROJECT_LEAD"] } },
  "User:deactivate": {
    entityId: 17,
    before: { deactivatedAt: null },
    after: { deactivatedAt: "2026-05-08T10:00:00.000Z" },
  },
  "User:reactivate": {
    entityId: 17,
    before: { deactivatedAt: "2026-05-08T10:00:00.000Z" },
    after: { deactivatedAt: null },
  },
  "User:invite": {
    entityId: 17,
    before: { inviteExpiresAt: null },
    after: { inviteExpiresAt: "2026-05-15T10:00:00.000Z" },
  },
  "User:invite-accept": { entityId: 17, before: { passwordSet: false }, after: { passwordSet: true } },
  "User:rename": { entityId: 17, before: { name: "Else K." }, after: { name: "Else Kirkegaard" } },
  "User:password-change": { entityId: 17 },
  "User:privacy-erase": {
    entityId: 17,
    after: {
      roles: 2,
      invitations: 1,
      apiTokens: 0,
      signInFailures: 0,
      notifications: 4,
      preferences: 1,
      auditEventsRedacted: 3,
    },
  },
  "User:privacy-export": { entityId: 17 },
  "Organisation:population-update": {
    entityId: "FOLK1A",
    before: { "751": 360_000, "657": 89_000 },
    after: { quarter: "2026K1", "751": 362_000, "657": 89_500 },
  },
  "ApiToken:create": {
    entityId: 2,
    after: { name: "OS2iot Aarhus", prefix: "im_ab12", access: "WRITE", scope: "pilot:7" },
  },
  "ApiToken:revoke": {
    entityId: 2,
    before: { name: "OS2iot Aarhus", prefix: "im_ab12", revokedAt: null },
    after: { revokedAt: "2026-06-01T09:00:00.000Z" },
  },
  "Kpi:push-measurements": {
    entityId: 9,
    after: {
      pushTargetId: 5,
      deliveryId: 77,
      stored: 12,
      alreadyStored: 0,
      flagged: 1,
      refused: 0,
      from: "2026-05-01",
      to: "2026-05-01",
    },
  },
  "PushTarget:create": {
    entityId: 5,
    after: {
      kpiId: 9,
      name: "Bassinsensorer",
      prefix: "ps_1a2b",
      readingsPath: "data",
      valuePath: "level",
      timePath: "ts",
      devicePath: "deviceId",
      allowedDevices: ["bassin-1", "bassin-2"],
      factor: 1,
    },
  },
  "PushTarget:revoke": { entityId: 5, before: { revokedAt: null }, after: { revokedAt: "2026-06-01T09:00:00.000Z" } },
  "PilotSite:create": {
    entityId: 3,
    after: {
      pilotId: 7,
      organisationId: 3,
      label: "Bassin ved Brabrand Sø",
      address: null,
      longitude: 10.093311,
      latitude: 56.151002,
    },
  },
  "User:invitation-declined": { entityId: 17, before: { roles: [] }, after: { roles: [] } },
  "User:sign-out-everywhere": { entityId: 17 },
  "CommunityInvitation:create": {
    entityId: 4,
    after: { email: "line@aarhus.dk", roles: ["PROJECT_LEAD"], expiresAt: "2026-06-15T09:00:00.000Z" },
  },
  "SynonymGroup:create": { entityId: 2, after: { words: ["sensor", "måler"], scope: "COMMUNITY" } },
  "SynonymGroup:update": {
    entityId: 2,
    before: { words: ["sensor", "måler"] },
    after: { words: ["sensor", "måler", "føler"] },
  },
  "SynonymGroup:delete": { entityId: 2, before: { words: ["sensor", "måler", "føler"] } },
  "PilotSite:delete": {
    entityId: 3,
    before: {
      pilotId: 7,
      organisationId: 3,
      label: "Bassin ved Brabrand Sø",
      address: "Søvejen 1",
      longitude: 10.093311,
      latitude: 56.151002,
    },
  },
  // After the pilot (issue 18), shaped like lib/spread, lib/operations, lib/benefits and lib/procurement write them.
  "Phase:spread-pledges": {
    entityId: 21,
    before: { cofundingTotal: 1_000_000, splitKey: "POPULATION" },
    after: { cofundingTotal: 1_000_000, splitKey: "POPULATION", offerId: 3 },
  },
  "SpreadOffer:open": {
    entityId: 3,
    after: { pilotId: 7, opensOn: "2026-11-01", closesOn: "2026-12-31", buyInPercent: 10 },
  },
  "SpreadOffer:commit": { entityId: 3, after: { trigger: "SCALE_UP_GO", decisionId: 8, committed: 2, late: false } },
  "SpreadParticipant:declare-interest": {
    entityId: 4,
    after: { offerId: 3, organisationId: 4, units: 40, goLive: "2027-Q1", status: "INTERESTED" },
  },
  "SpreadParticipant:update-interest": {
    entityId: 4,
    before: { status: "INTERESTED", units: 40 },
    after: { offerId: 3, organisationId: 4, units: 45, goLive: "2027-Q2", status: "INTERESTED" },
  },
  "SpreadParticipant:withdraw-interest": {
    entityId: 4,
    before: { status: "INTERESTED" },
    after: { status: "WITHDRAWN" },
  },
  "Operation:create": {
    entityId: 2,
    after: {
      pilotId: 7,
      organisationId: 4,
      status: "IN_OPERATION",
      ownerUnit: "Teknik",
      ownerContact: "Driftsvagten",
      yearlyCost: 120_000,
      goLiveOn: "2026-10-01",
    },
  },
  "Operation:update": {
    entityId: 2,
    before: { status: "PLANNED" },
    after: { pilotId: 7, organisationId: 4, status: "IN_OPERATION", goLiveOn: "2026-10-01" },
  },
  "BenefitProfile:create": {
    entityId: 5,
    after: {
      pilotId: 7,
      name: "Sparede udrykninger",
      kind: "KRONER_SAVED",
      unit: "kr.",
      baseline: 0,
      frequency: "QUARTERLY",
    },
  },
  "BenefitProfile:owner": {
    entityId: 5,
    before: { targets: [] },
    after: { organisationId: 4, ownerId: 17, targets: [{ year: 2026, pessimistic: 1, likely: 2, optimistic: 3 }] },
  },
  "BenefitProfile:realisations": { entityId: 5, after: { source: "API", stored: 3, updated: 1, periods: [] } },
  "ProcurementPack:save": {
    entityId: 7,
    after: { route: "JOINT_TENDER", resultIds: [11], lessonIds: [], notes: null },
  },
  "Community:evidence-share": {
    entityId: 1,
    before: { evidenceSharePercent: 60 },
    after: { evidenceSharePercent: 75 },
  },
  "Challenge:create": {
    entityId: 14,
    after: {
      communityId: 1,
      title: "Oversvømmede kældre",
      problem: "Regnvand i kældrene",
      affects: "Borgere",
      costKroner: 2_400_000,
      costHours: 1200,
      existingData: "Radardata",
      domains: ["vand"],
      sdgs: [6, 13],
      visibility: "PUBLIC",
    },
  },
  "ChallengeCosponsor:create": { entityId: "14:4", after: { challengeId: 14, note: "Samme problem i Herning" } },
  "Idea:create": {
    entityId: 15,
    after: {
      challengeId: 14,
      title: "Vandstandssensorer i brøndene",
      description: "Sensorer varsler",
      technologies: ["IoT"],
      supplier: "Et LoRaWAN-firma",
      roughCost: 450_000,
    },
  },
  "Idea:move:pilot": {
    entityId: 15,
    before: { status: "PROPOSED", pilotId: null },
    after: { status: "PILOT", pilotId: 7, reason: null, reviewOn: null },
  },
  "Idea:move:shelved": {
    entityId: 15,
    before: { status: "PROPOSED", pilotId: null },
    after: { status: "SHELVED", pilotId: null, reason: "Vi venter på nye radardata", reviewOn: "2027-03-01" },
  },
  "Idea:move:declined": {
    entityId: 15,
    before: { status: "SHELVED", pilotId: null },
    after: { status: "DECLINED", pilotId: null, reason: "For dyrt", reviewOn: null },
  },
  "IdeaComment:create": { entityId: 16, after: { ideaId: 15, body: "Se Ishøjs erfaringer" } },
  "Risk:create": {
    entityId: 17,
    after: {
      pilotId: 7,
      description: "Sensorerne fryser",
      probability: 4,
      consequence: 5,
      owner: "Vejafdelingen",
      mitigation: "Reservedele",
      status: "OPEN",
      reviewedAt: "2026-11-02",
    },
  },
  "Risk:update": {
    entityId: 17,
    before: {
      pilotId: 7,
      description: "Sensorerne fryser",
      probability: 4,
      consequence: 5,
      owner: "Vejafdelingen",
      mitigation: "Reservedele",
      status: "OPEN",
      reviewedAt: "2026-11-02",
      version: 1,
    },
    after: {
      pilotId: 7,
      description: "Sensorerne fryser",
      probability: 2,
      consequence: 5,
      owner: "Vejafdelingen",
      mitigation: "Reservedele",
      status: "MITIGATED",
      reviewedAt: "2026-12-01",
    },
  },
};

const row = (kind: string, sample: Sample, actor: string | null = "Line Østergaard"): AuditEventRow => {
  // The entity is up to the first colon: an action may hold one itself ("move:pilot").
  const [entity, action] = [kind.slice(0, kind.indexOf(":")), kind.slice(kind.indexOf(":") + 1)];
  return {
    entity,
    action,
    entityId: String(sample.entityId),
    before: sample.before ?? null,
    after: sample.after ?? null,
    actor: actor ? { name: actor } : null,
  };
};

const read = (e: AuditEventRow, locale: Locale, names = demoNames()) =>
  renderAuditEvent(describeAuditEvent(e, names), translator(locale), locale);
const textOf = (r: ReturnType<typeof read>) =>
  [r.sentence, ...r.lines.map((l) => `${l.label}: ${l.from ?? ""} ${l.value}`)].join("\n");

// What code looks like in a text meant for people.
const ACRONYMS = new Set(["KPI", "API", "IoT", "OS2", "DKK"]);
function leaks(s: string): string[] {
  return [
    ...(s.match(/\b[A-Z][A-Z0-9_]+\b/g) ?? []).filter((w) => !ACRONYMS.has(w)),
    ...(s.match(/[{}[\]]|"\s*:/g) ?? []),
    ...(s.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []),
    ...(s.match(/\baudit\.\w+/g) ?? []),
    ...(s.match(/#\d+/g) ?? []),
  ];
}

describe("audit sentences", () => {
  it("the issue's example, word for word", () => {
    expect(read(row("Pilot:approve", SAMPLES["Pilot:approve"]), "da").sentence).toBe(
      "Line Østergaard godkendte »Sensorer i regnvandsbassiner« med en bevilling på 300.000 kr.",
    );
    expect(read(row("Pilot:approve", SAMPLES["Pilot:approve"]), "en").sentence).toBe(
      "Line Østergaard approved “Sensorer i regnvandsbassiner” with a grant of DKK 300,000.",
    );
  });

  for (const locale of ["da", "en"] as const) {
    it(`every kind the app records reads as words in ${locale}`, () => {
      for (const [kind, sample] of Object.entries(SAMPLES)) {
        const r = read(row(kind, sample), locale);
        expect(r.sentence, kind).toMatch(/^.*Line Østergaard.*\.$/);
        expect(leaks(textOf(r)), `${kind}: ${textOf(r)}`).toEqual([]);
        expect(textOf(r), kind).not.toMatch(/ukendt værdi|unknown value|ikke findes mere|no longer exists/);
      }
    });
  }

  it("formats money, days, years, statuses by their entity, and names organisations", () => {
    const approve = read(row("Pilot:approve", SAMPLES["Pilot:approve"]), "da").lines;
    expect(approve).toContainEqual({ label: "Status", from: "Indsendt", value: "I gang" });
    expect(approve).toContainEqual({ label: "Bevilling til testfasen", from: "0 kr.", value: "300.000 kr." });
    expect(approve).toContainEqual({ label: "År", value: "2026" });
    const member = read(row("CommunityMember:accept", SAMPLES["CommunityMember:accept"]), "da");
    expect(member.lines).toEqual([{ label: "Status", from: "Anmodet", value: "Medlem" }]);
    const update = read(row("Pilot:update", SAMPLES["Pilot:update"]), "da");
    expect(update.lines).toEqual([
      { label: "Område", from: "Vand, Klima", value: "Vand" },
      {
        label: "Deltagende organisationer",
        from: "Aarhus Kommune, Herning Kommune",
        value: "Aarhus Kommune, Herning Kommune, Region Midtjylland",
      },
    ]);
    const plan = read(row("Phase:plan", SAMPLES["Phase:plan"]), "da");
    expect(plan.sentence).toBe(
      "Line Østergaard planlagde demonstrationsfasen i »Sensorer i regnvandsbassiner« med et ansøgt beløb på 300.000 kr.",
    );
    expect(plan.lines).toContainEqual({ label: "Planlagt start", value: "1. marts 2026" });
    const decision = read(row("GateDecision:decide", SAMPLES["GateDecision:decide"]), "da");
    expect(decision.sentence).toBe(
      "Line Østergaard besluttede at gå videre med »Sensorer i regnvandsbassiner« efter testfasen: 800.000 kr. blev frigivet til næste fase, og 180.000 kr. gik tilbage til puljen.",
    );
    expect(decision.lines).toContainEqual({ label: "Bevilget", value: "300.000 kr.", previous: true });
    // The demo data's decisions record less; a sum of 0 kr. gets no clause of its own.
    const seeded = {
      entityId: 8,
      before: { phaseStatus: "AWAITING_GATE" },
      after: { outcome: "STOP", releasedAmount: 0, returnedAmount: 0, weightedScore: 2.1 },
    };
    expect(read(row("GateDecision:decide", seeded), "da").sentence).toBe(
      "Line Østergaard stoppede »Sensorer i regnvandsbassiner« efter testfasen.",
    );
    expect(decision.lines).toContainEqual({
      label: "Fasens status",
      from: "Venter på gatebeslutning",
      value: "Afgjort",
    });
    const pledges = read(row("Phase:pledges", SAMPLES["Phase:pledges"]), "en");
    expect(pledges.lines).toContainEqual({
      label: "Pledges",
      from: "none",
      value: "Aarhus Kommune: DKK 70,000, Herning Kommune: DKK 30,000",
    });
    const score = read(row("GateScorecard:score", SAMPLES["GateScorecard:score"]), "en");
    expect(score.lines).toContainEqual({ label: "Scores", value: "Value for citizens and staff: 4 (weight 20%)" });
    const population = read(row("Organisation:population-update", SAMPLES["Organisation:population-update"]), "da");
    expect(population.lines).toContainEqual({ label: "Aarhus", from: "360.000", value: "362.000" });
    const site = read(row("PilotSite:delete", SAMPLES["PilotSite:delete"]), "da");
    expect(site.sentence).toBe(
      "Line Østergaard fjernede lokationen »Bassin ved Brabrand Sø« (Aarhus Kommune) fra »Sensorer i regnvandsbassiner«.",
    );
    expect(site.lines).toContainEqual({ label: "Længdegrad", value: "10,093311" });
    expect(read(row("Idea:move:pilot", SAMPLES["Idea:move:pilot"]), "da").sentence).toBe(
      "Line Østergaard gjorde en idé til pilotprojektet »Sensorer i regnvandsbassiner«.",
    );
    expect(read(row("Risk:update", SAMPLES["Risk:update"]), "da").lines).toContainEqual({
      label: "Status",
      from: "Åben",
      value: "Afbødet",
    });
    expect(read(row("Community:evidence-share", SAMPLES["Community:evidence-share"]), "en").sentence).toBe(
      "Line Østergaard set the missing-evidence warning to 75 % of the grant.",
    );
    expect(read(row("PushTarget:revoke", SAMPLES["PushTarget:revoke"]), "da").sentence).toBe(
      "Line Østergaard tilbagekaldte pushadressen »Bassinsensorer« til KPI'en »Overløb pr. måned« i »Sensorer i regnvandsbassiner«.",
    );
    expect(read(row("SynonymGroup:update", SAMPLES["SynonymGroup:update"]), "da").sentence).toBe(
      "Line Østergaard ændrede synonymgruppen til »sensor, måler, føler«.",
    );
    expect(read(row("CommunityInvitation:create", SAMPLES["CommunityInvitation:create"]), "en").sentence).toBe(
      "Line Østergaard invited line@aarhus.dk to the community with the roles Project lead.",
    );
    expect(read(row("ApiToken:create", SAMPLES["ApiToken:create"]), "da").sentence).toBe(
      "Line Østergaard oprettede API-nøglen »OS2iot Aarhus« med læse- og skriveadgang til Sensorer i regnvandsbassiner.",
    );
  });

  it("says in words when a row is gone, a code is unknown, or the kind is new, and never shows the code", () => {
    const bare = read(row("Pilot:approve", SAMPLES["Pilot:approve"]), "da", emptyNames());
    expect(bare.sentence).toBe(
      "Line Østergaard godkendte »et pilotprojekt, der ikke findes mere« med en bevilling på 300.000 kr.",
    );
    const odd = read(
      row("CommunityMember:add", { entityId: 30, after: { organisation: "Odense Kommune", status: "SUSPENDED" } }),
      "da",
    );
    expect(odd.lines).toEqual([
      { label: "Organisation", value: "Odense Kommune" },
      { label: "Status", value: "ukendt værdi" },
    ]);
    const unknown = read(row("Widget:frobnicate", { entityId: 1, after: { fooBar: "BAZ" } }, null), "da");
    expect(unknown.sentence).toBe(
      "Systemet foretog en ændring, som revisionssporet endnu ikke kan beskrive med ord. Se de tekniske detaljer.",
    );
    expect(leaks(textOf(unknown))).toEqual([]);
  });

  it("has a label for every field it shows", () => {
    for (const locale of ["da", "en"] as const) {
      const t = translator(locale);
      for (const [field, { label }] of Object.entries(FIELDS)) expect(t(label), field).not.toBe(label);
    }
  });

  it("files every kind under at least one topic, and only kinds that exist", () => {
    const filed = new Set<string>();
    for (const topic of Object.values(AUDIT_TOPICS)) {
      for (const [entity, actions] of Object.entries(topic)) {
        const all = AUDIT_KINDS[entity as keyof typeof AUDIT_KINDS] as readonly string[];
        for (const action of actions === "all" ? all : actions) {
          expect(isAuditKind(entity, action), `${entity}:${action}`).toBe(true);
          filed.add(`${entity}:${action}`);
        }
      }
    }
    expect([...filed].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it("collects the ids a page mentions, so names.ts can look them up at once", () => {
    const refs = auditRefs(Object.entries(SAMPLES).map(([kind, s]) => row(kind, s)));
    expect([...refs.organisations].sort()).toEqual([3, 4, 5]);
    expect([...refs.phases].sort()).toEqual([21, 22]);
    expect([...refs.kpis]).toEqual([9]);
    expect([...refs.criteria]).toEqual([1]);
    expect([...refs.tokens]).toEqual([2]);
    expect([...refs.pilots]).toEqual([7]);
    expect([...refs.municipalities].sort()).toEqual([657, 751]);
    expect([...refs.subjects.get("GateDecision")!]).toEqual([8]);
  });

  it("accepts only known kinds in recordAudit", () => {
    // @ts-expect-error a decision is not a pilot's action: a new kind needs its sentence first
    const wrong: AuditKind = { entity: "Pilot", action: "decide" };
    expect(isAuditKind(wrong.entity, wrong.action)).toBe(false);
  });
});
