import { Table } from "@/components/ui/Table";
import type { Translate } from "@/lib/i18n/messages";
import type { RouteAccess, RouteDoc } from "@/lib/api/contract/registry";

const ACCESS: Record<
  RouteAccess,
  "api.docs.authPublic" | "api.docs.authOptional" | "api.docs.authWrite" | "push.api.access"
> = {
  public: "api.docs.authPublic",
  optional: "api.docs.authOptional",
  write: "api.docs.authWrite",
  push: "push.api.access",
};

/** Straight from the contract registry, so the page lists exactly the routes the document describes. */
export function RouteTable({ routes, t }: { routes: readonly RouteDoc[]; t: Translate }) {
  return (
    <Table
      caption={t("api.docs.routesCaption")}
      hideCaption
      rows={routes}
      rowKey={(r) => `${r.method} ${r.path}`}
      columns={[
        { key: "method", header: t("api.docs.colMethod"), cell: (r) => <code>{r.method.toUpperCase()}</code> },
        { key: "path", header: t("api.docs.colPath"), rowHeader: true, cell: (r) => <code>/api/v1{r.path}</code> },
        { key: "what", header: t("api.docs.colWhat"), cell: (r) => t(r.summary) },
        { key: "auth", header: t("api.docs.colAuth"), cell: (r) => t(ACCESS[r.access]) },
      ]}
    />
  );
}
