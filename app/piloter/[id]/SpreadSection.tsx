// "Spredning og drift": the spread offer and who wants to join, each organisation's operation, and
// benefits realised against expected. Every part is read through the pilot's visibility (rule 10);
// the forms appear only where lib/lifecycle.ts and the permissions module allow the action.
import type { SessionUser } from "@/lib/auth/session";
import { can, holdsAnywhere } from "@/lib/auth/permissions";
import type { Messages, Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { PhaseKind, PhaseStatus, PilotStatus } from "@/lib/generated/prisma/enums";
import { TableRegion } from "@/components/ui/TableRegion";
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import { addDays, danishDay } from "@/lib/dates";
import { spreadAllows, spreadStage } from "@/lib/lifecycle";
import { organisationTakesPart, pilotSpread } from "@/lib/spread/queries";
import { quartersFrom, windowClosed } from "@/lib/spread/rules";
import { canRecordOperation } from "@/lib/operations/rules";
import { IOT_STATUSES, OPERATION_STATUSES } from "@/lib/operations/schemas";
import { siteOrganisations } from "@/lib/sites/manage";
import { CloseWindowButton, InterestForm, OfferForm, WithdrawButton } from "./SpreadForms";
import { OperationForm } from "./OperationForm";
import { PilotBenefits } from "./PilotBenefits";
import { ProcurementForm } from "./ProcurementForm";
import { procurementPack } from "@/lib/procurement/pack";
import { ROUTES } from "@/lib/procurement/schemas";
import { canManageSites } from "@/lib/sites/rules";

type Pilot = {
  id: number;
  title: string;
  communityId: number;
  projectLeadId: number;
  status: PilotStatus;
  phases: { kind: PhaseKind; status: PhaseStatus }[];
};
type Props = {
  user: SessionUser | null;
  pilot: Pilot;
  t: Translate;
  locale: Locale;
  m: Messages["spreadPage"];
  errorHeading: string;
};

export async function SpreadSection({ user, pilot, t, locale, m, errorHeading }: Props) {
  const stage = spreadStage(pilot.status, pilot.phases);
  const spread = await pilotSpread(user, pilot.id);
  if (!spread || (stage === "closed" && spread.offers.length === 0 && spread.operations.length === 0)) return null;
  const today = danishDay();
  const offer = spread.current;
  const waiting = offer && !offer.committedAt ? offer : null;
  const secretariat = can(user, "spread.open", { communityId: pilot.communityId });
  const mine = user && spread.participants.find((p) => p.organisation.id === user.organisation.id);
  const mayJoin =
    !!user &&
    !!waiting?.open &&
    spreadAllows(stage, "declareInterest") &&
    user.organisation.kind !== "SEKRETARIAT" &&
    holdsAnywhere(user, "pledge.join") &&
    (mine?.status === "INTERESTED" || !(await organisationTakesPart(pilot.id, user.organisation.id)));
  const inOperation = spread.operations.filter((o) => o.status === "IN_OPERATION").length;
  const kr = (n: number) => formatKroner(n, locale);
  // A date in a sentence never breaks across lines.
  const day = (d: Date | string) => formatDate(d, locale).replace(/ /g, "\u00a0");
  return (
    <section aria-labelledby="spread-heading" data-testid="spread-section">
      <h2 id="spread-heading">{m.heading}</h2>
      <p>{m.lead}</p>

      <h3>{m.offerHeading}</h3>
      {!offer ? (
        <p>{m.noOffer}</p>
      ) : offer.committedAt ? (
        <p>
          {t("spreadPage.offerCommitted", {
            date: day(offer.committedAt),
            trigger: offer.trigger ? m.trigger[offer.trigger] : "",
          })}
        </p>
      ) : (
        <p>
          {offer.open ? <strong className="tag">{m.openMarker}</strong> : null}{" "}
          {offer.open
            ? t("spreadPage.offerOpen", { opens: day(offer.opensOn), closes: day(offer.closesOn) })
            : windowClosed(offer, today)
              ? t("spreadPage.offerWaiting", { closes: day(offer.closesOn) })
              : t("spreadPage.offerNotYet", { opens: day(offer.opensOn), closes: day(offer.closesOn) })}
        </p>
      )}
      {offer && offer.buyInPercent > 0 && <p>{t("spreadPage.buyIn", { percent: offer.buyInPercent })}</p>}
      {secretariat && !waiting && spreadAllows(stage, "openSpreadOffer") && (
        <OfferForm
          pilotId={pilot.id}
          defaults={{ opensOn: today, closesOn: addDays(today, 60) }}
          m={m}
          errorHeading={errorHeading}
        />
      )}
      {secretariat && waiting && windowClosed(waiting, today) && spreadAllows(stage, "closeSpreadWindow") && (
        <CloseWindowButton offerId={waiting.id} m={m} />
      )}

      {mine && mine.status === "INTERESTED" && (
        <p>
          {t("spreadPage.interest.yours", {
            organisation: mine.organisation.name,
            units: formatNumber(mine.units, locale),
            goLive: mine.goLive,
          })}
        </p>
      )}
      {mine && mine.status === "COMMITTED" && (
        <p>
          {t("spreadPage.interest.committed", {
            organisation: mine.organisation.name,
            pledge: kr(mine.pledgeAmount ?? 0),
          })}
          {mine.buyInAmount > 0 && ` ${t("spreadPage.interest.buyInPaid", { amount: kr(mine.buyInAmount) })}`}
        </p>
      )}
      {mayJoin && (
        <InterestForm
          pilotId={pilot.id}
          quarters={quartersFrom(today)}
          current={
            mine?.status === "INTERESTED"
              ? {
                  units: mine.units,
                  goLive: mine.goLive,
                  contactName: mine.contactName ?? "",
                  contactEmail: mine.contactEmail ?? "",
                }
              : null
          }
          contact={{ name: user!.name, email: user!.email }}
          m={m}
          errorHeading={errorHeading}
        />
      )}
      {mine?.status === "INTERESTED" && waiting && <WithdrawButton pilotId={pilot.id} m={m} />}

      <h3>{m.participants.heading}</h3>
      {spread.participants.length === 0 ? (
        <p>{m.participants.none}</p>
      ) : (
        <TableRegion label={t("spreadPage.participants.caption", { title: pilot.title })}>
          <table className="table table--compact" data-testid="spread-participants">
            <caption className="sr-only">{t("spreadPage.participants.caption", { title: pilot.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{m.participants.organisation}</th>
                <th scope="col">{m.participants.community}</th>
                <th scope="col">{m.participants.status}</th>
                <th scope="col" className="num">
                  {m.participants.units}
                </th>
                <th scope="col">{m.participants.goLive}</th>
                <th scope="col" className="num">
                  {m.participants.pledge}
                </th>
                <th scope="col" className="num">
                  {m.participants.buyIn}
                </th>
              </tr>
            </thead>
            <tbody>
              {spread.participants.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.organisation.name}</th>
                  <td>{p.communities.map((c) => c.name).join(", ")}</td>
                  <td>{m.participants.statusValue[p.status]}</td>
                  <td className="num">{formatNumber(p.units, locale)}</td>
                  <td style={{ whiteSpace: "nowrap" }}>{p.goLive}</td>
                  <td className="num" style={{ whiteSpace: "nowrap" }}>
                    {p.pledgeAmount === null ? "" : kr(p.pledgeAmount)}
                  </td>
                  <td className="num" style={{ whiteSpace: "nowrap" }}>
                    {p.buyInAmount > 0 ? kr(p.buyInAmount) : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}

      <h3>{m.operations.heading}</h3>
      {spread.operations.length === 0 ? (
        <p>{m.operations.none}</p>
      ) : (
        <>
          <p data-testid="in-operation-count">
            {inOperation === 1 ? m.operations.countOne : t("spreadPage.operations.count", { count: inOperation })}
          </p>
          <TableRegion label={t("spreadPage.operations.caption", { title: pilot.title })}>
            <table className="table table--compact" data-testid="spread-operations">
              <caption className="sr-only">{t("spreadPage.operations.caption", { title: pilot.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.operations.organisation}</th>
                  <th scope="col">{m.operations.status}</th>
                  <th scope="col">{m.operations.goLive}</th>
                  <th scope="col">{m.operations.owner}</th>
                  <th scope="col" className="num">
                    {m.operations.yearlyCost}
                  </th>
                  <th scope="col">{m.operations.iot}</th>
                </tr>
              </thead>
              <tbody>
                {spread.operations.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.organisation.name}</th>
                    <td>{t(`operations.status.${o.status}`)}</td>
                    <td style={{ whiteSpace: "nowrap" }}>{o.goLiveOn ? formatDate(o.goLiveOn, locale) : ""}</td>
                    <td>{user ? `${o.ownerUnit}, ${o.ownerContact}` : o.ownerUnit}</td>
                    <td className="num" style={{ whiteSpace: "nowrap" }}>
                      {kr(o.yearlyCost)}
                    </td>
                    <td>
                      {o.iotApplicationId
                        ? `${t("spreadPage.operations.iotValue", { id: o.iotApplicationId })}${o.iotStatus ? ` (${t(`operations.iotStatus.${o.iotStatus}`)})` : ""}`
                        : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
      {canRecordOperation(user, pilot) && (
        <OperationForm
          pilotId={pilot.id}
          organisations={await siteOrganisations(pilot.id)}
          statuses={OPERATION_STATUSES.map((s) => ({ value: s, label: t(`operations.status.${s}`) }))}
          iotStatuses={IOT_STATUSES.map((s) => ({ value: s, label: t(`operations.iotStatus.${s}`) }))}
          m={m.operations}
          errorHeading={errorHeading}
        />
      )}

      <PilotBenefits user={user} pilot={pilot} t={t} locale={locale} m={m.benefits} errorHeading={errorHeading} />
      <Procurement user={user} pilot={pilot} t={t} m={m} errorHeading={errorHeading} />
    </section>
  );
}

/** The joint procurement pack: downloads for every reader of the pilot, the choices for its lead and secretariat. */
async function Procurement({ user, pilot, t, m, errorHeading }: Omit<Props, "locale">) {
  const pack = await procurementPack(user, pilot.id);
  if (!pack?.available) return null;
  const base = `/piloter/${pilot.id}/indkoebspakke`;
  return (
    <>
      <h3>{m.pack.heading}</h3>
      <p>{m.pack.lead}</p>
      <ul>
        <li>
          <a href={`${base}.pdf?sprog=da`}>{m.pack.pdf}</a>
        </li>
        <li>
          <a href={`${base}.pdf?sprog=en`} hrefLang="en">
            {m.pack.pdfEn}
          </a>
        </li>
        <li>
          <a href={`${base}.xlsx`}>{m.pack.xlsx}</a>
        </li>
      </ul>
      {canManageSites(user, pilot) && (
        <ProcurementForm
          pilotId={pilot.id}
          route={pack.route}
          notes={pack.notes}
          routes={ROUTES.map((r) => ({ value: r, label: t(`procurement.routes.${r}.name`) }))}
          results={pack.results.map((r) => ({ id: r.id, title: r.title, chosen: r.chosen }))}
          lessons={pack.lessons.map((l) => ({ id: l.id, title: l.title, chosen: l.chosen }))}
          m={m.pack}
          errorHeading={errorHeading}
        />
      )}
    </>
  );
}
