import { TableRegion } from "@/components/ui/TableRegion";
import { formatShortDate } from "@/lib/format";
import type { Translate } from "@/lib/i18n/messages";
import type { TokenListItem } from "@/lib/tokens/queries";
import { RevokeButton } from "./RevokeButton";
import styles from "./tokens.module.css";

/** Prefix, scope, access, who made it and when, last use and status: enough to recognise a key without showing it. */
export function TokenTable({ tokens, t }: { tokens: TokenListItem[]; t: Translate }) {
  if (tokens.length === 0) return <p>{t("api.tokens.empty")}</p>;
  return (
    <TableRegion label={t("api.tokens.listCaption")}>
      <table className="table table--compact">
        <caption className="sr-only">{t("api.tokens.listCaption")}</caption>
        <thead>
          <tr>
            {(["colName", "colPrefix", "colScope", "colAccess", "colCreated", "colLastUsed", "colStatus", "colAction"] as const).map((k) => (
              <th scope="col" key={k}>
                {t(`api.tokens.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td className={styles.prefix}>{token.prefix}…</td>
              <td>{token.pilot ? t("api.tokens.scopePilot", { title: token.pilot.title }) : t("api.tokens.scopeCommunity", { name: token.community?.name ?? "" })}</td>
              <td>{t(`api.tokens.access${token.access}`)}</td>
              <td>
                {formatShortDate(token.createdAt)} {t("api.tokens.createdBy", { name: token.createdBy.name })}
              </td>
              <td>{token.lastUsedAt ? formatShortDate(token.lastUsedAt) : t("api.tokens.neverUsed")}</td>
              <td>{token.revokedAt ? t("api.tokens.revokedOn", { date: formatShortDate(token.revokedAt) }) : t("api.tokens.active")}</td>
              <td>
                <RevokeButton tokenId={token.id} revoked={!!token.revokedAt} label={t("api.tokens.revoke")} ariaLabel={t("api.tokens.revokeLabel", { name: token.name })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
