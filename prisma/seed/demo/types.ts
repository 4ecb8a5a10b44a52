// The shape in which demo pilots are written down: a pilot's story (dates, money, texts) from which
// the seed derives every row the real app would have produced along the way.
import type {
  BenefitKind,
  ExpenseCategory,
  GateOutcome,
  PhaseKind,
  PilotStatus,
  ResultKind,
} from "../../../lib/generated/prisma/client";

export type CommunitySlug = "govtech-midtjylland" | "faellesskab-for-dynamiske-data";

/** ISO date, "2025-03-14". */
export type Day = string;

/** A municipality key from MUNICIPALITY_CODES (resolved by kommunekode) or an organisation slug. */
export type OrgKey = string;

/** [date, category, amount in whole kroner or "rest" (= what is left of the grant), description, index of the expense it reverses]. */
export type ExpenseSpec = [Day, ExpenseCategory, number | "rest", string, number?];

export type Link = { label: string; url: string };

export type ResultSpec = { on: Day; kind: ResultKind; title: string; body: string; links?: Link[] };

export type LessonSpec = {
  title: string;
  did: string;
  learned: string;
  differently: string;
  tags: string[];
  on: Day;
  phase?: PhaseKind;
  stopReport?: boolean;
};

export type ConditionSpec = { text: string; due?: Day; doneOn?: Day };

export type DecisionSpec = {
  on: Day;
  outcome: GateOutcome;
  rationale: string;
  /** REVISE only: extra grant released with the decision. */
  extraGrant?: number;
  /** REVISE: the phase's new end date. */
  newDeadline?: Day;
  conditions?: ConditionSpec[];
  procurement?: string;
  adopters?: OrgKey[];
};

export type CriterionKey = "value" | "evidence" | "scalability" | "economy" | "data" | "security" | "readiness";

export type GateSpec = {
  requested: Day;
  due: Day;
  evidence: string;
  nextPlan?: string;
  /** Mean score the steering group gives (1–5); `bias` shifts single criteria. */
  level: number;
  bias?: Partial<Record<CriterionKey, number>>;
  /** OPEN reviews: how many (non-conflicted) steering members have already submitted a scorecard. */
  scored?: number;
  decision?: DecisionSpec;
};

export type PhaseSpec = {
  kind: PhaseKind;
  start: Day;
  end: Day;
  grant: number;
  cofunding?: number;
  split?: "EQUAL" | "POPULATION";
  success: string;
  kill: string;
  expenses?: ExpenseSpec[];
  results?: ResultSpec[];
  gates?: GateSpec[];
};

export type KpiSpec = {
  name: string;
  unit: string;
  baseline: number;
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  benefit: BenefitKind;
  /** One target per phase, in phase order. */
  targets: number[];
  /** First monthly measurement, "2024-03". */
  from: string;
  months: number;
  /** Where the series ends up (the last measurement, before noise). */
  end: number;
  source?: "MANUAL" | "API";
  decimals?: number;
};

export type PilotSpec = {
  key: string;
  community: CommunitySlug;
  title: string;
  problem: string;
  hypothesis: string;
  tech: string[];
  domains: string[];
  sdgs: number[];
  lead: OrgKey;
  projectLead: string;
  /** Other participating organisations (the lead organisation participates too). */
  partners: OrgKey[];
  public?: boolean;
  status: PilotStatus;
  created: Day;
  submitted?: Day;
  /** The day the secretariat approved the pilot and released the test phase's grant. */
  approved?: Day;
  reviewComment?: string;
  phases: PhaseSpec[];
  kpis?: KpiSpec[];
  lessons?: LessonSpec[];
};
