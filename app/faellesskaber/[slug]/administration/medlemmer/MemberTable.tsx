import type { Translate } from "@/lib/i18n/messages";
import type { MemberRow } from "@/lib/communities/admin-queries";
import { Table } from "@/components/ui/Table";
import { ActionButton } from "../ActionButton";
import { removeMemberAction } from "./actions";

type Props = { communityId: number; communityName: string; members: MemberRow[]; t: Translate };

export function MemberTable({ communityId, communityName, members, t }: Props) {
  return (
    <Table
      caption={t("admin.members.table", { name: communityName })}
      hideCaption
      empty={t("admin.members.none")}
      rows={members.map((m) => m.organisation)}
      rowKey={(o) => o.id}
      columns={[
        { key: "organisation", header: t("admin.members.organisation"), rowHeader: true, cell: (o) => o.name },
        { key: "kind", header: t("admin.members.kind"), cell: (o) => t(`orgKind.${o.kind}`) },
        { key: "region", header: t("admin.members.region"), cell: (o) => o.region?.name ?? "–" },
        {
          key: "actions",
          header: t("admin.members.actions"),
          cell: (o) => (
            <ActionButton
              action={removeMemberAction}
              fields={{ communityId, organisationId: o.id }}
              label={t("admin.members.remove")}
              ariaLabel={t("admin.members.removeLabel", { name: o.name })}
              variant="tertiary"
            />
          ),
        },
      ]}
    />
  );
}
