import type { Messages } from "@/lib/i18n/messages";
import type { EvidenceEntry } from "@/lib/gates/evidence";
import { Table } from "@/components/ui/Table";

type RiskWords = Messages["risks"]["evidence"];
type Props = { evidence: EvidenceEntry[]; m: Messages["gates"]["evidence"]; caption: string; risks?: RiskWords };

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ""));

function answer(
  e: EvidenceEntry,
  m: Messages["gates"]["evidence"],
  r?: RiskWords,
): { kind: string; answer: string; evidence: string } {
  if (e.kind === "success") return { kind: m.success, answer: e.met ? m.met : m.notMet, evidence: e.evidence };
  if (e.kind === "kill")
    return { kind: m.kill, answer: e.triggered ? m.triggered : m.notTriggered, evidence: e.evidence };
  const p = {
    score: e.probability * e.consequence,
    probability: e.probability,
    consequence: e.consequence,
    owner: e.owner,
    mitigation: e.mitigation,
  };
  return {
    kind: r?.kind ?? "",
    answer: r ? fill(r.answer, p) : String(p.score),
    evidence: r ? fill(e.mitigation ? r.ownerMitigation : r.owner, p) : e.owner,
  };
}

/** The lead's answers, and the open high risks frozen with them: the table the steering group scores against. */
export function EvidenceTable({ evidence, m, caption, risks }: Props) {
  return (
    <Table
      caption={caption}
      empty={m.none}
      rows={evidence.map((e) => ({ criterion: e.criterion, ...answer(e, m, risks) }))}
      rowKey={(_, i) => i}
      columns={[
        { key: "criterion", header: m.criterion, rowHeader: true, cell: (e) => e.criterion },
        { key: "kind", header: m.kind, cell: (e) => e.kind },
        { key: "answer", header: m.answer, cell: (e) => e.answer },
        { key: "evidence", header: m.evidence, cell: (e) => e.evidence },
      ]}
    />
  );
}
