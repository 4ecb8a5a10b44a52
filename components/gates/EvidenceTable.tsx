import type { Messages } from "@/lib/i18n/messages";
import type { EvidenceEntry } from "@/lib/gates/evidence";
import { TableRegion } from "@/components/ui/TableRegion";

type RiskWords = Messages["risks"]["evidence"];
const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ""));

function answer(e: EvidenceEntry, m: Messages["gates"]["evidence"], r?: RiskWords): { kind: string; answer: string; evidence: string } {
  if (e.kind === "success") return { kind: m.success, answer: e.met ? m.met : m.notMet, evidence: e.evidence };
  if (e.kind === "kill") return { kind: m.kill, answer: e.triggered ? m.triggered : m.notTriggered, evidence: e.evidence };
  const p = { score: e.probability * e.consequence, probability: e.probability, consequence: e.consequence, owner: e.owner, mitigation: e.mitigation };
  return { kind: r?.kind ?? "", answer: r ? fill(r.answer, p) : String(p.score), evidence: r ? fill(e.mitigation ? r.ownerMitigation : r.owner, p) : e.owner };
}

/** The lead's answers, and the open high risks frozen with them: the table the steering group scores against. */
export function EvidenceTable({ evidence, m, caption, risks }: { evidence: EvidenceEntry[]; m: Messages["gates"]["evidence"]; caption: string; risks?: RiskWords }) {
  if (evidence.length === 0) return <p>{m.none}</p>;
  return (
    <TableRegion label={caption}>
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.criterion}</th>
            <th scope="col">{m.kind}</th>
            <th scope="col">{m.answer}</th>
            <th scope="col">{m.evidence}</th>
          </tr>
        </thead>
        <tbody>
          {evidence.map((e, i) => {
            const a = answer(e, m, risks);
            return (
              <tr key={i}>
                <th scope="row">{e.criterion}</th>
                <td>{a.kind}</td>
                <td>{a.answer}</td>
                <td>{a.evidence}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
