import type { Translate } from "@/lib/i18n/messages";
import type { MemberRow } from "@/lib/communities/admin-queries";
import { ActionButton } from "../ActionButton";
import { removeMemberAction } from "./actions";

type Props = { communityId: number; communityName: string; members: MemberRow[]; t: Translate };

export function MemberTable({ communityId, communityName, members, t }: Props) {
  if (members.length === 0) return <p>{t("admin.members.none")}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="sr-only">{t("admin.members.table", { name: communityName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.members.organisation")}</th>
            <th scope="col">{t("admin.members.kind")}</th>
            <th scope="col">{t("admin.members.region")}</th>
            <th scope="col">{t("admin.members.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map(({ organisation: o }) => (
            <tr key={o.id}>
              <th scope="row">{o.name}</th>
              <td>{t(`orgKind.${o.kind}`)}</td>
              <td>{o.region?.name ?? "–"}</td>
              <td>
                <ActionButton
                  action={removeMemberAction}
                  fields={{ communityId, organisationId: o.id }}
                  label={t("admin.members.remove")}
                  ariaLabel={t("admin.members.removeLabel", { name: o.name })}
                  variant="tertiary"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
