import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseId } from "@/lib/validation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { formatDate, formatKroner, formatKronerInput } from "@/lib/format";
import { getGatePage } from "@/lib/gates/queries/page";
import { criteriaLines } from "@/lib/gates/evidence";
import { GateNotice } from "@/components/gates/GateNotice";
import { RequestForm } from "./RequestForm";
import { OpenReview } from "./OpenReview";
import { LessonForm } from "./LessonForm";
import { DecisionHistory } from "./DecisionHistory";
import { HighRisks } from "@/components/risks/HighRisks";

import { hasStarted, isEnded, phaseAllows } from "@/lib/lifecycle";

import { suggestedDueDate } from "@/lib/gates/schemas";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klar?: string }> };

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  return id ? getGatePage(await currentUser(), id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const page = await load(params);
  return { title: page ? t("gates.page.title", { title: page.pilot.title }) : t("errors.notFoundTitle") };
}

export default async function GatePage({ params, searchParams }: Props) {
  const { locale, t } = await getT();
  const page = await load(params);
  if (!page) notFound();
  const { pilot, current, next, open } = page;
  const m = MESSAGES[locale].gates;
  const kr = (n: number) => formatKroner(n, locale);
  return (
    <>
      <p>
        <Link href={`/piloter/${pilot.id}`}>{t("gates.page.back", { title: pilot.title })}</Link>
        {page.isSecretariat && (
          <>
            {" · "}
            <Link href={`/faellesskaber/${pilot.community.slug}/gates`}>
              {t("gates.queue.overviewLink", { community: pilot.community.name })}
            </Link>
          </>
        )}
      </p>
      <h1>{t("gates.page.heading", { title: pilot.title })}</h1>
      <GateNotice notice={(await searchParams).klar} m={m.notice} />
      {current ? (
        <p>
          {t("gates.page.current", {
            phase: m.phase[current.kind],
            status: m.phaseStatus[current.status],
            granted: kr(current.granted),
            spent: kr(current.spent),
            end: formatDate(current.plannedEnd, locale),
          })}
        </p>
      ) : (
        <p>
          {t(!isEnded(pilot.status) ? "gates.page.noCurrent" : "gates.page.ended", {
            status: m.pilotStatus[pilot.status],
          })}
        </p>
      )}

      {!isEnded(pilot.status) && <HighRisks user={await currentUser()} pilotId={pilot.id} t={t} locale={locale} />}

      {page.owed.map((o) => (
        <LessonForm
          key={o.decisionId}
          pilotId={pilot.id}
          decisionId={o.decisionId}
          stop={o.outcome === "STOP"}
          heading={t(o.outcome === "STOP" ? "gates.lesson.stopHeading" : "gates.lesson.heading", {
            phase: m.phase[o.phaseKind].toLowerCase(),
            date: formatDate(o.decidedAt, locale),
          })}
          m={m}
        />
      ))}

      {open && <OpenReview page={page} open={open} locale={locale} />}
      {!open && page.canRequest && current && (
        <RequestForm
          pilotId={pilot.id}
          phaseId={current.id}
          phaseName={m.phase[current.kind].toLowerCase()}
          success={criteriaLines(current.successCriteria)}
          kill={criteriaLines(current.killCriteria)}
          next={
            next
              ? {
                  id: next.id,
                  name: m.phase[next.kind].toLowerCase(),
                  requestedGrant: formatKronerInput(next.requestedGrant, locale),
                  cofunding: kr(next.cofundingTotal),
                  planned: !hasStarted(next.status),
                }
              : null
          }
          isScale={current.kind === "SCALE"}
          money={{ granted: kr(current.granted), spent: kr(current.spent) }}
          defaultDue={suggestedDueDate()}
          m={m}
        />
      )}
      {!open && !page.canRequest && current && phaseAllows(pilot.status, current.status, "requestGate") && (
        <p>{t("gates.page.noOpenReview")}</p>
      )}

      <DecisionHistory decided={page.decided} locale={locale} m={m} />
    </>
  );
}
