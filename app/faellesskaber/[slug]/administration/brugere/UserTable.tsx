import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import type { CommunityUserRow } from "@/lib/users/admin-queries";
import { Table } from "@/components/ui/Table";

type Props = { base: string; communityName: string; users: CommunityUserRow[]; t: Translate };

export function userStatus(u: { deactivatedAt: Date | null; activated: boolean }, t: Translate) {
  if (u.deactivatedAt) return t("admin.users.statusDeactivated");
  return u.activated ? t("admin.users.statusActive") : t("admin.users.statusInvited");
}

export function UserTable({ base, communityName, users, t }: Props) {
  return (
    <Table
      caption={t("admin.users.table", { name: communityName })}
      hideCaption
      empty={t("admin.users.none")}
      rows={users}
      rowKey={(u) => u.id}
      columns={[
        { key: "name", header: t("admin.users.name"), rowHeader: true, cell: (u) => u.name },
        { key: "email", header: t("admin.users.email"), cell: (u) => u.email },
        { key: "organisation", header: t("admin.users.organisation"), cell: (u) => u.organisation.name },
        { key: "roles", header: t("admin.users.roles"), cell: (u) => u.roles.map((r) => t(`role.${r}`)).join(", ") },
        { key: "status", header: t("admin.users.status"), cell: (u) => userStatus(u, t) },
        {
          key: "manage",
          header: <span className="sr-only">{t("admin.users.manage")}</span>,
          cell: (u) => (
            <Link href={`${base}/brugere/${u.id}`} aria-label={t("admin.users.manageLabel", { name: u.name })}>
              {t("admin.users.manage")}
            </Link>
          ),
        },
      ]}
    />
  );
}
