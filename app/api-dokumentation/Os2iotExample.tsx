// The OS2iot set-up, step by step: a water level sensor whose decoder output lands in a KPI through a
// push address, with what OS2iot sends (shortened from tests/support/os2iot/decoded-level-sensor.json)
// and the same delivery with curl.
import type { Translate } from "@/lib/i18n/messages";
import { PUSH_RATE } from "@/lib/push/authenticate";

const BODY = {
  payload: {
    time: "2026-11-20T07:14:05.123456+00:00",
    deviceInfo: { deviceName: "Bassin Ceres Allé", devEui: "70b3d52c0001c101" },
    fPort: 1,
    data: "AgHBAAMLVAAeC4o=",
  },
  metadata: { id: 311, name: "Bassin Ceres Allé", metadata: { sensorkote_DVR90: 4.25, bundkote_DVR90: 0.6 } },
  decoded: { batteryVoltage: 2.954, distance: 2.9, vandspejl_DVR90: 1.35, vanddybde: 0.7500000000000001 },
};

export function Os2iotExample({ base, t }: { base: string; t: Translate }) {
  const curl = [
    `curl -X POST "${base}/push/12" \\`,
    `  -u "os2iot:imp_…" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d @besked-fra-os2iot.json`,
  ].join("\n");
  return (
    <section aria-labelledby="os2iot-heading">
      <h2 id="os2iot-heading">{t("push.docs.heading")}</h2>
      <p>{t("push.docs.lead")}</p>
      <ol>
        <li>{t("push.docs.step1")}</li>
        <li>{t("push.docs.step2")}</li>
        <li>{t("push.docs.step3")}</li>
        <li>{t("push.docs.step4")}</li>
        <li>{t("push.docs.step5")}</li>
      </ol>
      <p>{t("push.docs.bodyHeading")}</p>
      <pre className="code-example" tabIndex={0}>
        {JSON.stringify(BODY, null, 2)}
      </pre>
      <p>{t("push.docs.curlHeading")}</p>
      <pre className="code-example" tabIndex={0}>
        {curl}
      </pre>
      <p>{t("push.docs.limits", { limit: PUSH_RATE.limit })}</p>
    </section>
  );
}
