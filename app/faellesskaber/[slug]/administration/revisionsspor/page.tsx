import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/messages";
import { auditFilterSchema } from "@/lib/audit/filter";
import { auditActors, browseAudit } from "@/lib/audit/browse";
import { adminPage } from "../access";
import { AdminNav } from "../AdminNav";
import { AuditFilterForm } from "./AuditFilterForm";
import { AuditTable } from "./AuditTable";
import { Pager } from "./Pager";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.audit.title"), robots: { index: false } };
}

const FILTER_FIELDS = ["topic", "actor", "from", "to"] as const;

export default async function AuditPage({ params, searchParams }: Props) {
  const { user, community, base } = await adminPage((await params).slug, "/revisionsspor", "community.audit");
  const { locale, t } = await getT();
  const search = await searchParams;
  // What the user typed stays in the fields, valid or not (PRODUCT.md rule 7).
  const raw: Record<string, string> = {};
  for (const f of FILTER_FIELDS) {
    const v = search[f];
    const s = Array.isArray(v) ? v[0] : v;
    if (s) raw[f] = s;
  }
  const parsed = auditFilterSchema.safeParse({ ...raw, page: search.page });
  const errors: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) errors[String(issue.path[0])] ??= t(issue.message as MessageKey);
  const actors = await auditActors(user, community.id);
  const result = parsed.success ? await browseAudit(user, community.id, parsed.data) : null;
  return (
    <>
      <AdminNav slug={community.slug} current="/revisionsspor" t={t} />
      <h1>{t("admin.audit.heading", { name: community.name })}</h1>
      <p>{t("admin.audit.lead")}</p>
      <AuditFilterForm action={`${base}/revisionsspor`} raw={raw} errors={errors} actors={actors} t={t} />
      {!result ? (
        <p role="alert">{t("admin.audit.invalidFilter")}</p>
      ) : (
        <>
          <p role="status">{t("admin.audit.count", { count: result.total })}</p>
          <AuditTable result={result} t={t} locale={locale} />
          <Pager page={result.page} pages={result.pages} query={raw} t={t} />
        </>
      )}
    </>
  );
}
