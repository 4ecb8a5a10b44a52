import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { TriedMunicipality } from "@/lib/search/who-tried";
import { formatNumber } from "@/lib/format";
import { Table } from "@/components/ui/Table";
import { municipalityColumn } from "@/components/places/municipality-column";
import styles from "@/components/search/search.module.css";

const COUNTS = ["pilots", "led", "adopted", "active", "stopped"] as const;
const HEADERS = {
  pilots: "colPilots",
  led: "colLed",
  adopted: "adopted",
  active: "active",
  stopped: "stopped",
} as const;

/** Which municipalities took part, how often they led, and what came of their pilots. */
export function MunicipalityTally({
  municipalities,
  locale,
  t,
}: {
  municipalities: TriedMunicipality[];
  locale: Locale;
  t: Translate;
}) {
  if (municipalities.length === 0) return null;
  const n = (x: number) => formatNumber(x, locale);
  return (
    <>
      <h3>{t("search.whoTried.municipalities")}</h3>
      <Table
        caption={t("search.whoTried.municipalitiesCaption")}
        hideCaption
        regionClassName={styles.numbers}
        rows={municipalities}
        rowKey={(m) => m.code}
        columns={[
          municipalityColumn(t("search.whoTried.colMunicipality")),
          ...COUNTS.map((k) => ({
            key: k,
            header: t(`search.whoTried.${HEADERS[k]}`),
            num: true,
            cell: (m: TriedMunicipality) => n(m[k]),
          })),
        ]}
      />
    </>
  );
}
