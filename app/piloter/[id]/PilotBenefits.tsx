// Gevinstrealisering on the pilot page: per benefit profile, realised against expected per
// organisation and year, a total per year only within the profile's own kind and unit (rule 9), and
// the form for the benefit owners. Owners are people: named to signed-in readers only. And (and the lead and the secretariat) to record a value.
import type { SessionUser } from "@/lib/auth/session";
import type { Messages, Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { TableRegion } from "@/components/ui/TableRegion";
import { formatNumber } from "@/lib/format";
import { pilotBenefits, type Expected, type YearLine } from "@/lib/benefits/summary";
import { mayPlanBenefits, stageAllowsBenefits, type BenefitPilot } from "@/lib/benefits/access";
import { RealisationForm } from "./RealisationForm";
import { RealisationImport } from "./RealisationImport";
import { OwnerForm, ProfileForm } from "./BenefitPlanForms";
import { BENEFIT_KINDS, FREQUENCIES } from "@/lib/benefits/schemas";
import { siteOrganisations } from "@/lib/sites/manage";
import { danishDay } from "@/lib/dates";
import { MESSAGES } from "@/lib/i18n/messages";

type Props = {
  user: SessionUser | null;
  pilot: BenefitPilot & { title: string };
  t: Translate;
  locale: Locale;
  m: Messages["spreadPage"]["benefits"];
  errorHeading: string;
};

export async function PilotBenefits({ user, pilot, t, locale, m, errorHeading }: Props) {
  const profiles = await pilotBenefits(user, pilot.id);
  if (!profiles) return null;
  const n = (v: number) => formatNumber(v, locale);
  const range = (e: Expected | null) => (e ? `${n(e.pessimistic)}–${n(e.optimistic)}` : "");
  const planner = !!user && mayPlanBenefits(user, pilot);
  const owned = profiles.flatMap((p) =>
    p.organisations
      .filter((o) => planner || o.owner.id === user?.id)
      .map((o) => ({ profile: p, organisation: o.organisation })),
  );
  // The profiles this reader may record for, once each: the realisation form's and the import's choices.
  const ownedProfiles = [
    ...new Map(
      owned.map((o) => [o.profile.id, { value: o.profile.id, label: `${o.profile.name} (${o.profile.unit})` }]),
    ).values(),
  ];
  const cells = (y: YearLine, unit: string) => (
    <>
      <td className="num" style={{ whiteSpace: "nowrap" }}>
        {y.expected ? `${n(y.expected.likely)} ${unit}` : ""}
      </td>
      <td className="num" style={{ whiteSpace: "nowrap" }}>
        {range(y.expected)}
      </td>
      <td className="num" style={{ whiteSpace: "nowrap" }}>
        {y.realised === null ? m.noValue : `${n(y.realised)} ${unit}`}
      </td>
    </>
  );
  return (
    <>
      <h3>{m.heading}</h3>
      <p>{m.lead}</p>
      {profiles.length === 0 && <p>{m.none}</p>}
      {profiles.map((p) => {
        const caption = t("spreadPage.benefits.caption", { name: p.name });
        return (
          <div key={p.id} data-testid="benefit-profile">
            <h4>{p.name}</h4>
            <p>
              {t("spreadPage.benefits.meta", {
                kind: t(`results.kpi.benefit.${p.kind}`),
                unit: p.unit,
                frequency: m.frequency[p.frequency],
                baseline: `${n(p.baseline)} ${p.unit}`,
              })}
            </p>
            {p.organisations.map(
              (o) =>
                o.due && (
                  <p
                    key={o.organisation.id}
                    className="form-hint"
                  >{`${o.organisation.name}: ${t("spreadPage.benefits.due", { period: o.due })}`}</p>
                ),
            )}
            <TableRegion label={caption}>
              <table className="table table--compact">
                <caption className="sr-only">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.organisation}</th>
                    {user && <th scope="col">{m.owner}</th>}
                    <th scope="col">{m.year}</th>
                    <th scope="col" className="num">
                      {m.expected}
                    </th>
                    <th scope="col" className="num">
                      {m.range}
                    </th>
                    <th scope="col" className="num">
                      {m.realised}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {p.organisations.flatMap((o) =>
                    o.years.map((y) => (
                      <tr key={`${o.organisation.id}-${y.year}`}>
                        <th scope="row">{o.organisation.name}</th>
                        {user && <td>{o.owner.name}</td>}
                        <td>{y.year}</td>
                        {cells(y, p.unit)}
                      </tr>
                    )),
                  )}
                  {p.totals.map((y) => (
                    <tr key={`total-${y.year}`} data-testid="benefit-total">
                      <th scope="row">{m.total}</th>
                      {user && <td />}
                      <td>{y.year}</td>
                      {cells(y, p.unit)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </div>
        );
      })}
      {owned.length > 0 && stageAllowsBenefits(pilot) && (
        <>
          <RealisationForm
            profiles={ownedProfiles}
            organisations={[
              ...new Map(
                owned.map((o) => [o.organisation.id, { value: o.organisation.id, label: o.organisation.name }]),
              ).values(),
            ]}
            labels={{ profile: m.profile, organisation: m.organisation }}
            m={m}
            errorHeading={errorHeading}
          />
          <RealisationImport
            profiles={ownedProfiles}
            profileLabel={m.profile}
            m={MESSAGES[locale].benefits.import}
            errorHeading={errorHeading}
          />
        </>
      )}
      {planner && stageAllowsBenefits(pilot) && (
        <>
          <ProfileForm
            pilotId={pilot.id}
            kinds={BENEFIT_KINDS.map((k) => ({ value: k, label: t(`results.kpi.benefit.${k}`) }))}
            frequencies={FREQUENCIES.map((f) => ({
              value: f,
              label: m.frequency[f].charAt(0).toUpperCase() + m.frequency[f].slice(1),
            }))}
            m={MESSAGES[locale].spreadPage.plan}
            errorHeading={errorHeading}
          />
          {profiles.length > 0 && (
            <OwnerForm
              profiles={profiles.map((p) => ({ value: p.id, label: `${p.name} (${p.unit})` }))}
              organisations={(await siteOrganisations(pilot.id)).map((o) => ({ value: o.id, label: o.name }))}
              years={[Number(danishDay().slice(0, 4)), Number(danishDay().slice(0, 4)) + 1]}
              m={MESSAGES[locale].spreadPage.plan}
              errorHeading={errorHeading}
            />
          )}
        </>
      )}
    </>
  );
}
