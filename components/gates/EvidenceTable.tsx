import type { Messages } from "@/lib/i18n/messages";
import type { EvidenceEntry } from "@/lib/gates/evidence";
import { Table } from "@/components/ui/Table";

type Props = { evidence: EvidenceEntry[]; m: Messages["gates"]["evidence"]; caption: string };

/** The lead's answer to each success and kill criterion: the table the steering group scores against. */
export function EvidenceTable({ evidence, m, caption }: Props) {
  return (
    <Table
      caption={caption}
      empty={m.none}
      rows={evidence}
      rowKey={(_, i) => i}
      columns={[
        { key: "criterion", header: m.criterion, rowHeader: true, cell: (e) => e.criterion },
        { key: "kind", header: m.kind, cell: (e) => (e.kind === "success" ? m.success : m.kill) },
        {
          key: "answer",
          header: m.answer,
          cell: (e) => (e.kind === "success" ? (e.met ? m.met : m.notMet) : e.triggered ? m.triggered : m.notTriggered),
        },
        { key: "evidence", header: m.evidence, cell: (e) => e.evidence },
      ]}
    />
  );
}
