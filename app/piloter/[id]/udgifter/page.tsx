import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { getExpenseLedger } from "@/lib/pilots/expense-ledger";
import { phaseMoney } from "@/lib/pilots/phase-track";
import { hasStarted } from "@/lib/lifecycle";
import { pilotOffers } from "@/lib/pilots/offers";
import { formatKroner } from "@/lib/format";
import { danishDay } from "@/lib/dates";
import { ExpenseForm } from "./ExpenseForm";
import { ExpenseTable } from "./ExpenseTable";

import { parseId } from "@/lib/validation";
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

export default async function ExpensesPage({ params }: Props) {
  const { locale, t } = await getT();
  const user = await currentUser();
  const ledger = await load(params);
  if (!ledger) notFound();
  const canEdit = can(user, "pilot.edit", { communityId: ledger.communityId, pilot: ledger });
  const offers = pilotOffers(user, ledger);
  const m = MESSAGES[locale].pilotPage;
  const kr = (n: number) => formatKroner(n, locale);
  return (
    <>
      <p>
        <Link href={`/piloter/${ledger.id}`}>{t("pilotPage.expenses.back")}</Link>
      </p>
      <h1>{t("pilotPage.expenses.title", { title: ledger.title })}</h1>
      {!canEdit && <p>{t("pilotPage.expenses.readOnly")}</p>}
      {ledger.phases.length === 0 && <p>{t("pilotPage.expenses.noPhases")}</p>}
      {ledger.phases.map((phase) => {
        const money = phaseMoney(phase);
        const phaseName = t(`phaseKind.${phase.kind}`);
        const open = offers.phase("spend", phase);
        return (
          <section key={phase.id} aria-labelledby={`phase-${phase.id}`} data-phase={phase.kind}>
            <h2 id={`phase-${phase.id}`}>
              {phaseName} ({t(`pilotPage.phaseStatus.${phase.status}`).toLowerCase()})
            </h2>
            <p data-testid={`summary-${phase.kind}`}>
              {money.returned > 0
                ? t("pilotPage.expenses.summaryReturned", {
                    granted: kr(money.granted),
                    spent: kr(money.spent),
                    returned: kr(money.returned),
                  })
                : t("pilotPage.expenses.summary", {
                    granted: kr(money.granted),
                    spent: kr(money.spent),
                    remaining: kr(money.remaining),
                  })}
            </p>
            {open && (
              <ExpenseForm
                phaseId={phase.id}
                heading={t("pilotPage.expenses.formHeading", { phase: phaseName.toLowerCase() })}
                today={danishDay()}
                m={m.expenses}
                categories={m.category}
              />
            )}
            {canEdit && !open && hasStarted(phase.status) && <p>{t("pilotPage.expenses.closed")}</p>}
            <ExpenseTable
              expenses={phase.expenses}
              caption={t("pilotPage.expenses.caption", { phase: phaseName.toLowerCase() })}
              canReverse={open}
              locale={locale}
              m={m}
            />
          </section>
        );
      })}
    </>
  );
}
