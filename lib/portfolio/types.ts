// The portfolio summary: what GET /api/v1/portfolio/summary returns and what the dashboard draws.
// One shape for both (the API is the dashboard's own data source). Money is whole kroner; words are
// the API's lower-case ones, never the database's enum names, so a schema rename cannot leak out.
import type { PortfolioFilters } from "./filters";

export type PhaseWord = "test" | "demonstration" | "scale";
export type OutcomeWord = "go" | "revise" | "stop" | "adopt";
export type BenefitWord = "kroner_saved" | "hours_saved" | "co2e_avoided";

export type FunnelStage = {
  phase: PhaseWord;
  /** Pilots whose phase has started (its grant was released). */
  reached: number;
  /** …and are in it now (running or awaiting the gate). */
  current: number;
  passed: number;
  stopped: number;
  /** Pilots sent back at least once (REVISE) at this gate. */
  revised: number;
  /** passed / (passed + stopped): null while nobody has been through the gate. */
  passRate: number | null;
};

export type Funnel = {
  pilots: number;
  drafts: number;
  active: number;
  adopted: number;
  stopped: number;
  /** Distinct organisations with one of the scope's solutions in operation (issue 18). */
  inOperation: number;
  stages: FunnelStage[];
};

export type MoneyRow = { granted: number; pledged: number; spent: number; returned: number };
export type Money = {
  byPhase: (MoneyRow & { phase: PhaseWord })[];
  byYear: (MoneyRow & { year: number })[];
  total: MoneyRow;
};

export type PoolPoint = { community: string; month: string; net: number; balance: number };
export type PoolYear = {
  community: string;
  year: number;
  contributions: number;
  granted: number;
  returned: number;
  adjustments: number;
  balance: number;
};
/** `visible: false`: the viewer belongs to none of the communities in view, so pool figures are withheld. */
export type Pool = {
  visible: boolean;
  communities: { slug: string; name: string }[];
  months: PoolPoint[];
  years: PoolYear[];
};

export type GateDue = {
  kind: "review" | "condition";
  id: number;
  pilotId: number;
  pilotTitle: string;
  community: string;
  phase: PhaseWord;
  dueDate: string;
  daysOverdue: number;
  text: string | null;
};
export type RiskReason = "overdue" | "nearGrant" | "noEvidence";
export type AtRiskPilot = {
  pilotId: number;
  title: string;
  community: string;
  phase: PhaseWord;
  granted: number;
  spent: number;
  reasons: RiskReason[];
};
export type AtRisk = { total: number; items: AtRiskPilot[] };
export type GatesDue = {
  open: number;
  overdue: number;
  conditionsOpen: number;
  conditionsOverdue: number;
  items: GateDue[];
};

export type DecisionQuarter = {
  quarter: string;
  outcome: OutcomeWord | "all";
  count: number;
  released: number;
  returned: number;
};

export type SdgCoverage = { sdg: number; pilots: number; share: number };
export type TechDomainCell = { technology: string | null; domain: string | null; pilots: number };

export type ValueRiskPoint = {
  pilotId: number;
  title: string;
  status: string;
  phase: PhaseWord;
  outcome: OutcomeWord;
  decidedOn: string;
  value: number | null;
  risk: number | null;
  granted: number;
};

export type FairShareRow = {
  organisationId: number;
  name: string;
  kind: string;
  municipalityCode: number | null;
  /** Pool contributions: null when the viewer may not see the pool. */
  contributed: number | null;
  pledged: number;
  led: number;
  joined: number;
  adopted: number;
  grantedToLed: number;
  /** Share (0–1) of everything paid in (contributions + pledges) and of all participations. */
  paidShare: number | null;
  participationShare: number | null;
};

export type BenefitGroup = "total" | "community" | "phase" | "pilot";
export type BenefitRow = {
  group: BenefitGroup;
  benefit: BenefitWord;
  unit: string;
  community: string | null;
  phase: PhaseWord | null;
  pilotId: number | null;
  pilotTitle: string | null;
  kpis: number;
  reached: number;
  realised: number;
  target: number;
};
export type BenefitYear = { benefit: BenefitWord; unit: string; year: number; kpis: number; realised: number };

/** Benefit profiles' realised values against their likely targets, per kind, unit and year (issue 18). */
export type RealisedBenefit = {
  benefit: BenefitWord;
  unit: string;
  year: number;
  profiles: number;
  realised: number | null;
  expected: number | null;
};

export type MunicipalityCount = {
  code: number;
  name: string;
  regionCode: number;
  pilots: number;
  led: number;
  running: number;
};

/**
 * A list that grows with the portfolio, capped in the summary (a dashboard summarises; the downloads
 * have every row). `shown` ≤ `limit`; `total` is how many there are. Sums are never taken over the cap.
 */
export type ListCap = { shown: number; total: number; limit: number };

export type FilterOptions = { communities: { slug: string; name: string }[]; years: number[] };

export type PortfolioSummary = {
  filters: PortfolioFilters;
  today: string;
  funnel: Funnel;
  money: Money;
  pool: Pool;
  gates: GatesDue;
  atRisk: AtRisk;
  decisions: DecisionQuarter[];
  sdgs: SdgCoverage[];
  techDomain: TechDomainCell[];
  valueRisk: ValueRiskPoint[];
  fairShare: FairShareRow[];
  benefits: { rows: BenefitRow[]; years: BenefitYear[]; realised: RealisedBenefit[] };
  municipalities: MunicipalityCount[];
  /** valueRisk: the pilots with the largest grants; benefitPilots: the rows of group "pilot" with the largest gains per benefit kind and unit. */
  caps: { valueRisk: ListCap; benefitPilots: ListCap };
  /** When the figures were computed (ISO instant): they may come from a cache up to a minute old. */
  computedAt: string;
};
