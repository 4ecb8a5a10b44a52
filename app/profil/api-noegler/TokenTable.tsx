import { Table } from "@/components/ui/Table";
import { formatShortDate } from "@/lib/format";
import type { Translate } from "@/lib/i18n/messages";
import type { TokenListItem } from "@/lib/tokens/queries";
import { RevokeButton } from "./RevokeButton";
import styles from "./tokens.module.css";

/** Prefix, scope, access, who made it and when, last use and status: enough to recognise a key without showing it. */
export function TokenTable({ tokens, t }: { tokens: TokenListItem[]; t: Translate }) {
  const scope = (token: TokenListItem) =>
    token.pilot
      ? t("api.tokens.scopePilot", { title: token.pilot.title })
      : t("api.tokens.scopeCommunity", { name: token.community?.name ?? "" });
  return (
    <Table
      caption={t("api.tokens.listCaption")}
      hideCaption
      empty={t("api.tokens.empty")}
      rows={tokens}
      rowKey={(token) => token.id}
      columns={[
        { key: "name", header: t("api.tokens.colName"), rowHeader: true, cell: (token) => token.name },
        {
          key: "prefix",
          header: t("api.tokens.colPrefix"),
          cellProps: { className: styles.prefix },
          cell: (token) => `${token.prefix}…`,
        },
        { key: "scope", header: t("api.tokens.colScope"), cell: scope },
        { key: "access", header: t("api.tokens.colAccess"), cell: (token) => t(`api.tokens.access${token.access}`) },
        {
          key: "created",
          header: t("api.tokens.colCreated"),
          cell: (token) =>
            `${formatShortDate(token.createdAt)} ${t("api.tokens.createdBy", { name: token.createdBy.name })}`,
        },
        {
          key: "lastUsed",
          header: t("api.tokens.colLastUsed"),
          cell: (token) => (token.lastUsedAt ? formatShortDate(token.lastUsedAt) : t("api.tokens.neverUsed")),
        },
        {
          key: "status",
          header: t("api.tokens.colStatus"),
          cell: (token) =>
            token.revokedAt
              ? t("api.tokens.revokedOn", { date: formatShortDate(token.revokedAt) })
              : t("api.tokens.active"),
        },
        {
          key: "action",
          header: t("api.tokens.colAction"),
          cell: (token) => (
            <RevokeButton
              tokenId={token.id}
              revoked={!!token.revokedAt}
              label={t("api.tokens.revoke")}
              ariaLabel={t("api.tokens.revokeLabel", { name: token.name })}
            />
          ),
        },
      ]}
    />
  );
}
