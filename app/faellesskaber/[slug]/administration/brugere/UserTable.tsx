import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import type { CommunityUserRow } from "@/lib/users/admin-queries";

type Props = { base: string; communityName: string; users: CommunityUserRow[]; t: Translate };

export function userStatus(u: { deactivatedAt: Date | null; activated: boolean }, t: Translate) {
  if (u.deactivatedAt) return t("admin.users.statusDeactivated");
  return u.activated ? t("admin.users.statusActive") : t("admin.users.statusInvited");
}

export function UserTable({ base, communityName, users, t }: Props) {
  if (users.length === 0) return <p>{t("admin.users.none")}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="sr-only">{t("admin.users.table", { name: communityName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.users.name")}</th>
            <th scope="col">{t("admin.users.email")}</th>
            <th scope="col">{t("admin.users.organisation")}</th>
            <th scope="col">{t("admin.users.roles")}</th>
            <th scope="col">{t("admin.users.status")}</th>
            <th scope="col">
              <span className="sr-only">{t("admin.users.manage")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              <td>{u.email}</td>
              <td>{u.organisation.name}</td>
              <td>{u.roles.map((r) => t(`role.${r}`)).join(", ")}</td>
              <td>{userStatus(u, t)}</td>
              <td>
                <Link href={`${base}/brugere/${u.id}`} aria-label={t("admin.users.manageLabel", { name: u.name })}>
                  {t("admin.users.manage")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
