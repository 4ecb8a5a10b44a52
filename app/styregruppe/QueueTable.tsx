import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES, translator } from "@/lib/i18n/messages";
import { formatKroner } from "@/lib/format";
import type { SteeringQueue } from "@/lib/gates/queries/queue";
import { Table } from "@/components/ui/Table";
import { TableSection } from "@/components/ui/TableSection";
import { DueDate } from "@/components/gates/DueDate";

type Props = { id: string; heading: string; empty: string; items: SteeringQueue["awaitingMe"]; locale: Locale };

/** One part of the queue: each open review with its due date (overdue marked) and scoring progress. */
export function QueueTable({ id, heading, empty, items, locale }: Props) {
  const t = translator(locale);
  const m = MESSAGES[locale].gates;
  return (
    <TableSection id={id} heading={heading} count={items.length}>
      <Table
        caption={heading}
        empty={empty}
        rows={items}
        rowKey={(i) => i.reviewId}
        columns={[
          {
            key: "pilot",
            header: m.queue.pilot,
            rowHeader: true,
            cell: (i) => <Link href={`/piloter/${i.pilot.id}/gate`}>{i.pilot.title}</Link>,
          },
          { key: "community", header: m.queue.community, cell: (i) => i.community.name },
          { key: "phase", header: m.queue.phase, cell: (i) => m.phase[i.phaseKind] },
          {
            key: "due",
            header: m.queue.due,
            cell: (i) => <DueDate date={i.dueDate} locale={locale} overdue={m.queue.overdue} />,
          },
          {
            key: "progress",
            header: m.queue.progress,
            cell: (i) =>
              t("gates.queue.progressValue", {
                submitted: i.quorum.submitted,
                members: i.quorum.members,
                needed: i.quorum.needed,
              }),
          },
          {
            key: "asked",
            header: m.queue.asked,
            num: true,
            cell: (i) => (i.requestedGrant == null ? "–" : formatKroner(i.requestedGrant, locale)),
          },
        ]}
      />
    </TableSection>
  );
}
