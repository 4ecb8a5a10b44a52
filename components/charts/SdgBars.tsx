// SDG coverage in the goals' official colours. The colours are fixed by the UN, so the number on a
// chip is black or white, whichever reaches 4.5:1 on it (lib/pilots/contrast.ts); the count is
// written in dark text beside the bar, never on it. The table after it is the text alternative.
import { SDGS } from "@/lib/pilots/sdgs";
import { readableTextColour } from "@/lib/pilots/contrast";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { SdgCoverage } from "@/lib/portfolio/types";
import styles from "./portfolio-charts.module.css";

export function SdgBars({ coverage, locale }: { coverage: SdgCoverage[]; locale: Locale }) {
  const max = Math.max(1, ...coverage.map((c) => c.pilots));
  return (
    <ul className={styles.sdgBars} aria-hidden="true" data-testid="sdg-bars">
      {coverage.map((c) => {
        const sdg = SDGS[c.sdg - 1];
        return (
          <li key={c.sdg} title={`${sdg.number}. ${sdg[locale]}`}>
            <span className={styles.sdgChip} style={{ background: sdg.colour, color: readableTextColour(sdg.colour) }}>
              {sdg.number}
            </span>
            <span className={styles.sdgName}>{sdg[locale]}</span>
            <span className={styles.sdgTrack}>
              <span className={styles.sdgBar} style={{ width: `${(c.pilots / max) * 100}%`, background: sdg.colour }} />
            </span>
            <span className={styles.sdgCount}>{formatNumber(c.pilots, locale)}</span>
          </li>
        );
      })}
    </ul>
  );
}
