import type { Messages } from "@/lib/i18n/messages";
import type { EvidenceEntry } from "@/lib/gates/evidence";
import { TableRegion } from "@/components/ui/TableRegion";

/** The lead's answer to each success and kill criterion: the table the steering group scores against. */
export function EvidenceTable({ evidence, m, caption }: { evidence: EvidenceEntry[]; m: Messages["gates"]["evidence"]; caption: string }) {
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
          {evidence.map((e, i) => (
            <tr key={i}>
              <th scope="row">{e.criterion}</th>
              <td>{e.kind === "success" ? m.success : m.kill}</td>
              <td>{e.kind === "success" ? (e.met ? m.met : m.notMet) : e.triggered ? m.triggered : m.notTriggered}</td>
              <td>{e.evidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
