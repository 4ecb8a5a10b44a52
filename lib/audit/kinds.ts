// Every kind of event the audit trail records: an entity and its actions. `recordAudit` accepts only
// these, and describe.ts must have a sentence for each (TypeScript checks both), so no event the app
// writes reaches a reader as a code. A row of another kind (written before a rename) gets a general
// sentence instead.
export const AUDIT_KINDS = {
  Pilot: ["create", "update", "submit", "approve", "send-back"],
  Phase: ["plan", "update", "pledges", "spread-pledges"],
  Expense: ["post", "reverse"],
  Pool: ["contributions"],
  GateReview: ["request"],
  GateScorecard: ["score", "abstain"],
  GateDecision: ["decide"],
  GateCondition: ["done"],
  Community: ["gate-criteria", "import-pilots", "evidence-share"],
  Lesson: ["create", "update", "stop-report", "gate-lesson"],
  ResultEntry: ["create"],
  Kpi: ["create", "update", "import-measurements", "api-measurements", "push-measurements"],
  KpiMeasurement: ["create", "delete"],
  CommunityMember: ["add", "remove", "request", "accept", "decline"],
  User: [
    "create",
    "roles",
    "deactivate",
    "reactivate",
    "invite",
    "invite-accept",
    "rename",
    "password-change",
    "privacy-erase",
    "privacy-export",
    "invitation-declined",
    "sign-out-everywhere",
  ],
  CommunityInvitation: ["create"],
  SynonymGroup: ["create", "update", "delete"],
  Organisation: ["population-update"],
  ApiToken: ["create", "revoke"],
  PushTarget: ["create", "revoke"],
  PilotSite: ["create", "delete"],
  // After the pilot (issue 18): spreading, operation, realised benefits, the procurement pack.
  SpreadOffer: ["open", "commit"],
  SpreadParticipant: ["declare-interest", "update-interest", "withdraw-interest"],
  Operation: ["create", "update"],
  BenefitProfile: ["create", "owner", "realisations"],
  ProcurementPack: ["save"],
  Challenge: ["create"],
  ChallengeCosponsor: ["create"],
  Idea: ["create", "move:pilot", "move:shelved", "move:declined"],
  IdeaComment: ["create"],
  Risk: ["create", "update"],
} as const;

export type AuditEntity = keyof typeof AUDIT_KINDS;
export type AuditAction<E extends AuditEntity = AuditEntity> = (typeof AUDIT_KINDS)[E][number];
/** One entity with one of its own actions: `{ entity: "Pilot", action: "approve" }`. */
export type AuditKind = { [E in AuditEntity]: { entity: E; action: AuditAction<E> } }[AuditEntity];

export function isAuditKind(entity: string, action: string): entity is AuditEntity {
  return (
    Object.hasOwn(AUDIT_KINDS, entity) && (AUDIT_KINDS[entity as AuditEntity] as readonly string[]).includes(action)
  );
}

/**
 * The filter's words: kinds of work a secretariat knows, not table names. A kind may sit under two
 * topics (an approval is both a pilot's step and money); every kind sits under at least one.
 */
export const AUDIT_TOPICS = {
  pilots: {
    Pilot: "all",
    Phase: ["plan", "update"],
    PilotSite: "all",
    Community: ["import-pilots"],
    SpreadOffer: "all",
    SpreadParticipant: "all",
    Operation: "all",
    ProcurementPack: "all",
    Risk: "all",
  },
  money: {
    Pilot: ["approve"],
    Phase: ["pledges", "spread-pledges"],
    Expense: "all",
    Pool: "all",
    SpreadOffer: ["commit"],
  },
  gates: {
    GateReview: "all",
    GateScorecard: "all",
    GateDecision: "all",
    GateCondition: "all",
    Community: ["gate-criteria", "evidence-share"],
  },
  results: { ResultEntry: "all", Kpi: "all", KpiMeasurement: "all", Lesson: "all", BenefitProfile: "all" },
  people: { CommunityMember: "all", User: "all", Organisation: "all", CommunityInvitation: "all" },
  search: { SynonymGroup: "all" },
  challenges: { Challenge: "all", ChallengeCosponsor: "all", Idea: "all", IdeaComment: "all" },
  tokens: { ApiToken: "all", PushTarget: "all" },
} as const satisfies Record<string, { [E in AuditEntity]?: "all" | readonly AuditAction<E>[] }>;

export type AuditTopic = keyof typeof AUDIT_TOPICS;
export const AUDIT_TOPIC_KEYS = Object.keys(AUDIT_TOPICS) as AuditTopic[];

/** The (entity, actions) pairs of a topic; `actions` undefined means every action of the entity. */
export function topicKinds(topic: AuditTopic): { entity: AuditEntity; actions?: readonly string[] }[] {
  return Object.entries(AUDIT_TOPICS[topic]).map(([entity, actions]) => ({
    entity: entity as AuditEntity,
    actions: actions === "all" ? undefined : actions,
  }));
}
