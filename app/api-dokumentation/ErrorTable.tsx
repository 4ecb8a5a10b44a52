import { TableRegion } from "@/components/ui/TableRegion";
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
    <TableRegion label={t("api.docs.errorsCaption")}>
      <table className="table table--compact">
        <caption className="sr-only">{t("api.docs.errorsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("api.docs.colStatus")}</th>
            <th scope="col">code</th>
            <th scope="col">{t("api.docs.colMeaning")}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([status, codes, meaning]) => (
            <tr key={status}>
              <th scope="row">{status}</th>
              <td>
                <code>{codes}</code>
              </td>
              <td>{t(meaning)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
