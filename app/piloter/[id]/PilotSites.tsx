// Where the pilot runs: its sites as a table (the same points as the GeoJSON download), and for the
// lead and the secretariat a form to add one and a button to remove each.
import type { SessionUser } from "@/lib/auth/session";
import type { Messages, Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { TableRegion } from "@/components/ui/TableRegion";
import { pilotSiteList } from "@/lib/sites/queries";
import { siteOrganisations } from "@/lib/sites/manage";
import { canManageSites, type SitePilot } from "@/lib/sites/rules";
import { SiteForm } from "./SiteForm";
import { SiteRemove } from "./SiteRemove";

type Props = { user: SessionUser | null; pilot: SitePilot & { id: number; title: string }; t: Translate; locale: Locale; m: Messages["sites"]; errorHeading: string };

export async function PilotSites({ user, pilot, t, locale, m, errorHeading }: Props) {
  const sites = await pilotSiteList(user, pilot.id);
  const manage = canManageSites(user, pilot);
  const degrees = new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", { minimumFractionDigits: 4, maximumFractionDigits: 6 });
  const caption = t("sites.caption", { title: pilot.title });
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t("sites.heading")}</h2>
      <p>{t("sites.lead")}</p>
      {sites.length === 0 ? (
        <p>{t("sites.none")}</p>
      ) : (
        <>
          <TableRegion label={caption}>
            <table className="table table--compact" data-testid="pilot-sites">
              <caption className="sr-only">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("sites.colLabel")}</th>
                  <th scope="col">{t("sites.colOrganisation")}</th>
                  <th scope="col">{t("sites.colAddress")}</th>
                  <th scope="col">{t("sites.colCoordinates")}</th>
                  {manage && <th scope="col">{t("sites.colActions")}</th>}
                </tr>
              </thead>
              <tbody>
                {sites.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.label}</th>
                    <td>{s.organisation.name}</td>
                    <td>{s.address ?? ""}</td>
                    <td style={{ whiteSpace: "nowrap" }}>{`${degrees.format(s.longitude)}; ${degrees.format(s.latitude)}`}</td>
                    {manage && <td><SiteRemove siteId={s.id} label={t("sites.remove")} ariaLabel={t("sites.removeLabel", { label: s.label })} /></td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <p>
            <a href={`/api/v1/pilots/${pilot.id}/sites.geojson`} download={`lokationer-${pilot.id}.geojson`}>{t("sites.download")}</a>
          </p>
        </>
      )}
      {manage && <SiteForm pilotId={pilot.id} organisations={await siteOrganisations(pilot.id)} m={m} errorHeading={errorHeading} />}
    </section>
  );
}
