import { TableRegion } from "@/components/ui/TableRegion";
import type { Translate } from "@/lib/i18n/messages";
import type { RouteAccess, RouteDoc } from "@/lib/api/contract/registry";

const ACCESS: Record<RouteAccess, "api.docs.authPublic" | "api.docs.authOptional" | "api.docs.authWrite" | "push.api.access"> = {
  public: "api.docs.authPublic",
  optional: "api.docs.authOptional",
  write: "api.docs.authWrite",
  push: "push.api.access",
};

/** Straight from the contract registry, so the page lists exactly the routes the document describes. */
export function RouteTable({ routes, t }: { routes: readonly RouteDoc[]; t: Translate }) {
  return (
    <TableRegion label={t("api.docs.routesCaption")}>
      <table className="table table--compact">
        <caption className="sr-only">{t("api.docs.routesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("api.docs.colMethod")}</th>
            <th scope="col">{t("api.docs.colPath")}</th>
            <th scope="col">{t("api.docs.colWhat")}</th>
            <th scope="col">{t("api.docs.colAuth")}</th>
          </tr>
        </thead>
        <tbody>
          {routes.map((r) => (
            <tr key={`${r.method} ${r.path}`}>
              <td>
                <code>{r.method.toUpperCase()}</code>
              </td>
              <th scope="row">
                <code>/api/v1{r.path}</code>
              </th>
              <td>{t(r.summary)}</td>
              <td>{t(ACCESS[r.access])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
