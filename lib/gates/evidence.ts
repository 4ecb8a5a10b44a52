// Evidence against each success and kill criterion of a phase. The criteria were written before the
// phase started, one per line; the lead answers each line at the gate. Stored on the review as
// `[{kind: "success", criterion, met, evidence} | {kind: "kill", criterion, triggered, evidence}]`,
// the format the demo data uses too.
import type { MessageKey } from "../i18n/messages";

export type SuccessEvidence = { kind: "success"; criterion: string; met: boolean; evidence: string };
export type KillEvidence = { kind: "kill"; criterion: string; triggered: boolean; evidence: string };
/**
 * An open risk scoring 15 or more when the review was requested (decision 0026): frozen into the
 * review with the lead's answers, so the decision memo shows what the steering group saw.
 */
export type RiskEvidence = {
  kind: "risk";
  criterion: string;
  probability: number;
  consequence: number;
  owner: string;
  mitigation: string;
};
export type EvidenceEntry = SuccessEvidence | KillEvidence | RiskEvidence;

/** A phase's criteria text as separate criteria: one per line, bullets stripped. */
export function criteriaLines(text: string): string[] {
  return text
    .split("\n")
    .map((x) => x.replace(/^[-•*]\s*/, "").trim())
    .filter(Boolean);
}

type Answers = { success: { met: boolean; evidence: string }[]; kill: { triggered: boolean; evidence: string }[] };

/** Pairs the answers with the phase's criteria; an unanswered criterion is a field error. */
/** The open high risks as evidence entries, highest score first (the caller reads them under its locks). */
export function riskEvidence(
  risks: { description: string; probability: number; consequence: number; owner: string; mitigation: string }[],
): RiskEvidence[] {
  return risks
    .filter((r) => r.probability * r.consequence >= 15)
    .sort((a, b) => b.probability * b.consequence - a.probability * a.consequence)
    .map((r) => ({
      kind: "risk",
      criterion: r.description,
      probability: r.probability,
      consequence: r.consequence,
      owner: r.owner,
      mitigation: r.mitigation,
    }));
}

export function buildEvidence(successText: string, killText: string, answers: Answers) {
  const success = criteriaLines(successText);
  const kill = criteriaLines(killText);
  const problems: Record<string, MessageKey> = {};
  success.forEach((_, i) => {
    if (!answers.success[i]) problems[`success_${i + 1}_met`] = "gates.errors.choose";
  });
  kill.forEach((_, i) => {
    if (!answers.kill[i]) problems[`kill_${i + 1}_triggered`] = "gates.errors.choose";
  });
  const entries: EvidenceEntry[] = [
    ...success.map((criterion, i): SuccessEvidence => ({
      kind: "success",
      criterion,
      met: answers.success[i]?.met ?? false,
      evidence: answers.success[i]?.evidence ?? "",
    })),
    ...kill.map((criterion, i): KillEvidence => ({
      kind: "kill",
      criterion,
      triggered: answers.kill[i]?.triggered ?? false,
      evidence: answers.kill[i]?.evidence ?? "",
    })),
  ];
  return { entries, problems };
}

/** Reads stored evidence defensively: rows of an unknown shape are skipped, not shown half-broken. */
export function readEvidence(json: unknown): EvidenceEntry[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((e): EvidenceEntry[] => {
    if (!e || typeof e !== "object") return [];
    const r = e as Record<string, unknown>;
    const criterion = typeof r.criterion === "string" ? r.criterion : "";
    const evidence = typeof r.evidence === "string" ? r.evidence : "";
    if (r.kind === "success") return [{ kind: "success", criterion, met: r.met === true, evidence }];
    if (r.kind === "kill") return [{ kind: "kill", criterion, triggered: r.triggered === true, evidence }];
    const level = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5 ? v : null);
    if (r.kind === "risk" && level(r.probability) && level(r.consequence)) {
      return [
        {
          kind: "risk",
          criterion,
          probability: level(r.probability)!,
          consequence: level(r.consequence)!,
          owner: typeof r.owner === "string" ? r.owner : "",
          mitigation: typeof r.mitigation === "string" ? r.mitigation : "",
        },
      ];
    }
    return [];
  });
}
