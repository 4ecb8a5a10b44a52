// Demo data for the data plumbing (issue 21): sites on several pilots (public, members-only and a
// draft, so the map download shows visibility at work), and an OS2iot push target on the CO2 pilot
// with a week of hourly readings from two indoor-climate sensors — a gap where the gateway was
// off, one reading flagged outside the plausible range — and its "senest modtaget" log.
// Idempotent on its own: it runs after the demo pilots exist and adds nothing twice.
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "../../../lib/generated/prisma/client";
import { DEMO_TODAY, addDays, day, prng } from "./util";

type Tx = Prisma.TransactionClient;
type SiteSpec = { label: string; address?: string; lon: number; lat: number; org: string };

/** Sites per pilot title; `org` is the slug of one of the pilot's organisations. */
const SITES: Record<string, SiteSpec[]> = {
  "Vandstandssensorer og varsling af oversvømmelse langs Gudenåen": [
    {
      label: "Målestation Remstrup Å-broen",
      address: "Vestergade, 8600 Silkeborg",
      lon: 9.539512,
      lat: 56.171838,
      org: "silkeborg",
    },
    {
      label: "Målestation Ulstrup bro",
      address: "Ulstrup, 8860 Ulstrup",
      lon: 9.788301,
      lat: 56.388912,
      org: "viborg",
    },
    {
      label: "Målestation Langå Gudenåbroen",
      address: "Bredgade, 8870 Langå",
      lon: 9.892811,
      lat: 56.389703,
      org: "randers",
    },
    {
      label: "Målestation Randers Havnevej",
      address: "Havnevej, 8900 Randers C",
      lon: 10.04652,
      lat: 56.463307,
      org: "randers",
    },
  ],
  "CO2-styret ventilation i kommunale bygninger": [
    {
      label: "Ikast Rådhus, mødelokaler",
      address: "Rådhusstrædet 6, 7430 Ikast",
      lon: 9.157108,
      lat: 56.138804,
      org: "ikast-brande",
    },
    {
      label: "Herning Bibliotek",
      address: "Brændgårdvej 1, 7400 Herning",
      lon: 8.977398,
      lat: 56.136921,
      org: "herning",
    },
    {
      label: "Silkeborg Bibliotek",
      address: "Hostrupsgade 41, 8600 Silkeborg",
      lon: 9.549712,
      lat: 56.169433,
      org: "silkeborg",
    },
  ],
  "Fjernaflæste vandmålere og lækagealarmer i sommerhusområder": [
    {
      label: "Sommerhusområde Søndervig",
      address: "Søndervig, 6950 Ringkøbing",
      lon: 8.11771,
      lat: 56.117203,
      org: "ringkoebing-skjern",
    },
    {
      label: "Sommerhusområde Vejlby Klit",
      address: "Vejlby Klit, 7620 Lemvig",
      lon: 8.128409,
      lat: 56.618902,
      org: "lemvig",
    },
    { label: "Thyborøn Vandværk", address: "Thyborøn, 7680 Thyborøn", lon: 8.215514, lat: 56.698601, org: "lemvig" },
  ],
  "Droneinspektion af kommunale tage og broer": [
    {
      label: "Testflyvning Randers Rådhus",
      address: "Laksetorvet 1, 8900 Randers C",
      lon: 10.036604,
      lat: 56.460702,
      org: "randers",
    },
  ],
};

const CO2_PILOT = "CO2-styret ventilation i kommunale bygninger";
const DEVICES = ["a81758fffe04c2d1", "a81758fffe04c2e7"];

async function writeSites(tx: Tx) {
  for (const [title, sites] of Object.entries(SITES)) {
    const pilot = await tx.pilot.findFirst({
      where: { title, isDemo: true },
      select: {
        id: true,
        projectLeadId: true,
        leadOrganisationId: true,
        participants: { select: { organisation: { select: { id: true, slug: true } } } },
      },
    });
    if (!pilot) continue;
    const orgs = new Map(pilot.participants.map((p) => [p.organisation.slug, p.organisation.id]));
    await tx.pilotSite.createMany({
      data: sites.map((s) => ({
        pilotId: pilot.id,
        organisationId: orgs.get(s.org) ?? pilot.leadOrganisationId,
        label: s.label,
        address: s.address ?? null,
        longitude: s.lon,
        latitude: s.lat,
        isDemo: true,
        createdById: pilot.projectLeadId,
      })),
    });
  }
}

async function writePush(tx: Tx) {
  const pilot = await tx.pilot.findFirst({
    where: { title: CO2_PILOT, isDemo: true },
    select: { id: true, projectLeadId: true, communityId: true, phases: { select: { id: true, kind: true } } },
  });
  if (!pilot) return;
  // The indoor-climate target the Danish building regulations use (1,000 ppm), tighter at scale.
  const TARGETS = { TEST: 1_000, DEMONSTRATION: 1_000, SCALE: 900 } as const;
  const kpi = await tx.kpi.create({
    data: {
      pilotId: pilot.id,
      name: "CO2 i mødelokaler på Ikast Rådhus",
      unit: "ppm",
      baseline: 1_350,
      direction: "LOWER_IS_BETTER",
      benefitKind: "QUALITY",
      plausibleMin: 350,
      plausibleMax: 5_000,
      targets: { create: pilot.phases.map((ph) => ({ phaseId: ph.id, target: TARGETS[ph.kind] })) },
    },
    select: { id: true },
  });
  // The demo's secret is thrown away: a real one is made on the KPI page. Its hash only has to be unique.
  const secretHash = createHash("sha256").update(`demo-push-target:${kpi.id}`).digest("hex");
  const target = await tx.pushTarget.create({
    data: {
      kpiId: kpi.id,
      name: "OS2iot – Elsys ERS CO2, rådhuset",
      secretHash,
      prefix: "imp_demo00",
      valuePath: "data.co2",
      timePath: "time",
      devicePath: "deviceInfo.devEui",
      allowedDevices: DEVICES,
      factor: 1,
      createdById: pilot.projectLeadId,
      createdAt: day(addDays(DEMO_TODAY, -8), 9),
      lastUsedAt: day(DEMO_TODAY, 11),
    },
    select: { id: true },
  });
  const rand = prng("demo-push-co2");
  const start = day(addDays(DEMO_TODAY, -7), 0).getTime();
  const rows: Prisma.KpiMeasurementCreateManyInput[] = [];
  for (let h = 0; h < 7 * 24 + 12; h++) {
    const at = new Date(start + h * 3_600_000);
    const hour = (at.getUTCHours() + 1) % 24;
    const occupied = hour >= 8 && hour <= 16 && at.getUTCDay() % 6 !== 0;
    DEVICES.forEach((deviceId, d) => {
      // The gateway lost power for 14 hours: a gap in the chart, not a straight line across it.
      if (h >= 60 && h < 74) return;
      const value = Math.round((occupied ? 780 + rand() * 420 : 430 + rand() * 60) + d * 35);
      rows.push({
        kpiId: kpi.id,
        measuredAt: at,
        value,
        deviceId,
        source: "PUSH",
        pushTargetId: target.id,
        createdById: pilot.projectLeadId,
        createdAt: new Date(at.getTime() + 4_000),
      });
    });
  }
  // One Elsys error frame: 65535 ppm is the sensor saying "no reading", kept but flagged.
  rows.push({
    kpiId: kpi.id,
    measuredAt: new Date(start + 100 * 3_600_000 + 1_800_000),
    value: 65_535,
    deviceId: DEVICES[0],
    flagged: true,
    source: "PUSH",
    pushTargetId: target.id,
    createdById: pilot.projectLeadId,
  });
  await tx.kpiMeasurement.createMany({ data: rows });
  const last = rows.filter((r) => !r.flagged).slice(-18);
  const deliveries: Prisma.PushDeliveryCreateManyInput[] = last.map((r) => ({
    targetId: target.id,
    receivedAt: new Date(new Date(r.measuredAt as Date).getTime() + 4_000),
    status: 200,
    outcome: "STORED" as const,
    readings: 1,
    stored: 1,
    params: { from: addDays(DEMO_TODAY, 0), to: addDays(DEMO_TODAY, 0), refused: 0, first: [] },
  }));
  const t0 = day(DEMO_TODAY, 10).getTime();
  deliveries.push(
    {
      targetId: target.id,
      receivedAt: new Date(t0 + 600_000),
      status: 422,
      outcome: "REFUSED",
      readings: 1,
      reason: "push.reasons.deviceNotAllowed",
      params: { device: "a81758fffe04c3a0", index: 0, refused: 1 },
    },
    {
      targetId: target.id,
      receivedAt: new Date(t0 + 900_000),
      status: 200,
      outcome: "NOTHING_NEW",
      readings: 1,
      duplicates: 1,
      params: { refused: 0, first: [] },
    },
  );
  await tx.pushDelivery.createMany({ data: deliveries });
  await tx.auditEvent.create({
    data: {
      at: day(addDays(DEMO_TODAY, -8), 9),
      actorId: pilot.projectLeadId,
      communityId: pilot.communityId,
      entity: "PushTarget",
      entityId: String(target.id),
      action: "create",
      after: { kpiId: kpi.id, name: "OS2iot – Elsys ERS CO2, rådhuset", prefix: "imp_demo00" },
    },
  });
}

export async function seedDemoPlumbing(prisma: PrismaClient): Promise<void> {
  if ((await prisma.pilot.count({ where: { isDemo: true } })) === 0) return;
  await prisma.$transaction(
    async (tx) => {
      // The advisory-locked seed runs once per instance start; the check inside the transaction keeps two apart.
      if ((await tx.pilotSite.count({ where: { isDemo: true } })) > 0) return;
      await writeSites(tx);
      await writePush(tx);
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
