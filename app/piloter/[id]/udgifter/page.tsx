import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { getExpenseLedger } from "@/lib/pilots/expense-ledger";
import { acceptsExpenses, phaseMoney } from "@/lib/pilots/phase-track";
import { parseId } from "@/lib/pilots/api-format";
import { formatKroner } from "@/lib/format";
import { ExpenseForm } from "./ExpenseForm";
import { ExpenseTable } from "./ExpenseTable";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  return id ? getExpenseLedger(await currentUser(), id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const ledger = await load(params);
  return { title: ledger ? t("pilotPage.expenses.title", { title: ledger.title }) : t("errors.notFoundTitle") };
}

/** A copy of today's date in Copenhagen, yyyy-mm-dd, to start the date field from. */
function todayInDenmark(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
}

export default async function ExpensesPage({ params }: Props) {
  const { locale, t } = await getT();
  const user = await currentUser();
  const ledger = await load(params);
  if (!ledger) notFound();
  const canEdit = can(user, "pilot.edit", { communityId: ledger.communityId, pilot: ledger });
  const m = MESSAGES[locale].pilotPage;
  const kr = (n: number) => formatKroner(n, locale);
  return (
    <>
      <p><Link href={`/piloter/${ledger.id}`}>{t("pilotPage.expenses.back")}</Link></p>
      <h1>{t("pilotPage.expenses.title", { title: ledger.title })}</h1>
      {!canEdit && <p>{t("pilotPage.expenses.readOnly")}</p>}
      {ledger.phases.length === 0 && <p>{t("pilotPage.expenses.noPhases")}</p>}
      {ledger.phases.map((phase) => {
        const money = phaseMoney(phase);
        const phaseName = t(`phaseKind.${phase.kind}`);
        const open = acceptsExpenses(phase.status);
        return (
          <section key={phase.id} aria-labelledby={`phase-${phase.id}`} data-phase={phase.kind}>
            <h2 id={`phase-${phase.id}`}>{phaseName} ({t(`pilotPage.phaseStatus.${phase.status}`).toLowerCase()})</h2>
            <p data-testid={`summary-${phase.kind}`}>{t("pilotPage.expenses.summary", { granted: kr(money.granted), spent: kr(money.spent), remaining: kr(money.remaining) })}</p>
            {canEdit && open && (
              <ExpenseForm phaseId={phase.id} heading={t("pilotPage.expenses.formHeading", { phase: phaseName.toLowerCase() })} today={todayInDenmark()} m={m.expenses} categories={m.category} />
            )}
            {canEdit && !open && phase.status !== "PLANNED" && <p>{t("pilotPage.expenses.closed")}</p>}
            <ExpenseTable expenses={phase.expenses} caption={t("pilotPage.expenses.caption", { phase: phaseName.toLowerCase() })} canReverse={canEdit && open} locale={locale} m={m} />
          </section>
        );
      })}
    </>
  );
}
