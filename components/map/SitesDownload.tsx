// The map page's offer of every visible site as GeoJSON (/api/v1/sites.geojson, RFC 7946, EPSG:4326):
// the points the municipality map summarises by count, for a reader's own GIS.
import type { Translate } from "@/lib/i18n/messages";

export function SitesDownload({ t }: { t: Translate }) {
  return (
    <section aria-labelledby="lokationer-heading">
      <h2 id="lokationer-heading">{t("sites.mapHeading")}</h2>
      <p>{t("sites.mapLead")}</p>
      <p>
        <a className="button button-secondary" href="/api/v1/sites.geojson" download="lokationer.geojson">
          {t("sites.mapDownload")}
        </a>
      </p>
    </section>
  );
}
