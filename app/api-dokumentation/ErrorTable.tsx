import { Table } from "@/components/ui/Table";
import type { MessageKey, Translate } from "@/lib/i18n/messages";

// The statuses lib/api/openapi.ts documents, with the codes the body carries for each.
const ROWS: [number, string, MessageKey][] = [
  [400, "BAD_REQUEST", "api.openapi.badRequest"],
  [401, "UNAUTHENTICATED, invalid_token, invalid_secret", "api.openapi.unauthenticated"],
  [403, "FORBIDDEN, read_only_token", "api.openapi.forbidden"],
  [404, "NOT_FOUND", "api.openapi.notFound"],
  [409, "CONFLICT, grant_exceeded", "api.openapi.conflict"],
  [413, "PAYLOAD_TOO_LARGE, batch_too_large", "api.openapi.tooLarge"],
  [422, "mapping_failed", "push.api.unprocessable"],
  [429, "TOO_MANY_REQUESTS", "api.openapi.throttled"],
  [503, "UNAVAILABLE", "api.openapi.unavailable"],
];

export function ErrorTable({ t }: { t: Translate }) {
  return (
    <Table
      caption={t("api.docs.errorsCaption")}
      hideCaption
      rows={ROWS}
      rowKey={([status]) => status}
      columns={[
        { key: "status", header: t("api.docs.colStatus"), rowHeader: true, cell: ([status]) => status },
        { key: "code", header: "code", cell: ([, codes]) => <code>{codes}</code> },
        { key: "meaning", header: t("api.docs.colMeaning"), cell: ([, , meaning]) => t(meaning) },
      ]}
    />
  );
}
