// Where the pilot runs: its sites as a table (the same points as the GeoJSON download), and for the
// lead and the secretariat a form to add one and a button to remove each.
import type { SessionUser } from "@/lib/auth/session";
import type { Messages, Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { Table } from "@/components/ui/Table";
import { pilotSiteList } from "@/lib/sites/queries";
import { siteOrganisations } from "@/lib/sites/manage";
import { canManageSites, type SitePilot } from "@/lib/sites/rules";
import { SiteForm } from "./SiteForm";
import { OneClickForm } from "@/components/forms/OneClickForm";
import { removeSiteAction } from "./site-actions";

type Props = {
  user: SessionUser | null;
  pilot: SitePilot & { id: number; title: string };
  t: Translate;
  locale: Locale;
  m: Messages["sites"];
  errorHeading: string;
};

export async function PilotSites({ user, pilot, t, locale, m, errorHeading }: Props) {
  const sites = await pilotSiteList(user, pilot.id);
  const manage = canManageSites(user, pilot);
  const degrees = new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", {
    minimumFractionDigits: 4,
    maximumFractionDigits: 6,
  });
  const caption = t("sites.caption", { title: pilot.title });
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t("sites.heading")}</h2>
      <p>{t("sites.lead")}</p>
      {sites.length === 0 ? (
        <p>{t("sites.none")}</p>
      ) : (
        <>
          <Table
            caption={caption}
            hideCaption
            testId="pilot-sites"
            rows={sites}
            rowKey={(s) => s.id}
            columns={[
              { key: "label", header: t("sites.colLabel"), rowHeader: true, cell: (s) => s.label },
              { key: "organisation", header: t("sites.colOrganisation"), cell: (s) => s.organisation.name },
              { key: "address", header: t("sites.colAddress"), cell: (s) => s.address ?? "" },
              {
                key: "coordinates",
                header: t("sites.colCoordinates"),
                cellProps: { style: { whiteSpace: "nowrap" } },
                cell: (s) => `${degrees.format(s.longitude)}; ${degrees.format(s.latitude)}`,
              },
              manage && {
                key: "actions",
                header: t("sites.colActions"),
                cell: (s) => (
                  <OneClickForm
                    action={removeSiteAction}
                    fields={{ siteId: s.id }}
                    label={t("sites.remove")}
                    ariaLabel={t("sites.removeLabel", { label: s.label })}
                  />
                ),
              },
            ]}
          />
          <p>
            <a href={`/api/v1/pilots/${pilot.id}/sites.geojson`} download={`lokationer-${pilot.id}.geojson`}>
              {t("sites.download")}
            </a>
          </p>
        </>
      )}
      {manage && (
        <SiteForm
          pilotId={pilot.id}
          organisations={await siteOrganisations(pilot.id)}
          m={m}
          errorHeading={errorHeading}
        />
      )}
    </section>
  );
}
