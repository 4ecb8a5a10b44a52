// Spreading as readers meet it, on the demo data (PRODUCT.md rules 6, 9 and 10): an offer, its
// participants, operations, sites and benefits are seen by exactly those who may see the pilot — a
// signed-out reader only for public pilots — on the pilot page, the municipality page, the home, the
// API and the dashboard alike; benefit totals never add different kinds or units; bad input to the
// interest and realisation paths is refused with the field named and changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { AppError } from "../../../lib/errors";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";
import { pilotSpread, organisationSpread, openOffersFor } from "../../../lib/spread/queries";
import { pilotBenefits } from "../../../lib/benefits/summary";
import { declareInterest } from "../../../lib/spread/interests";
import { recordRealisations } from "../../../lib/benefits/realisations";
import { importRealisations } from "../../../lib/benefits/import";
import { createProfile, saveOwner } from "../../../lib/benefits/manage";
import { loadRealisedBenefits } from "../../../lib/portfolio/sections/realised";
import { spreadSection } from "../../../lib/api/spread";
import { quarterOf } from "../../../lib/spread/rules";
import { addDays, danishDay } from "../../../lib/dates";

let db: Database;
let w: DemoWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
};
const org = (slug: string) =>
  db.prisma.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } }).then((o) => o.id);

describe("who sees spreading", () => {
  it("a signed-out reader sees a public pilot's offer, operations, sites and benefits, and nothing of a members-only pilot's", async () => {
    const open = await pilotSpread(null, w.publicAdopted.id);
    expect(open?.operations.length).toBeGreaterThanOrEqual(5);
    expect(open?.participants.every((p) => p.contactEmail === null)).toBe(true); // people are for signed-in readers
    expect(
      (await spreadSection(null, w.publicAdopted.id, "http://localhost")).operations.some(
        (o) => o.sites.features.length > 0,
      ),
    ).toBe(true);
    expect((await pilotBenefits(null, w.publicAdopted.id))?.length).toBeGreaterThan(0);

    // The AI pilot is for members: its open offer and interests are not there for a signed-out reader.
    expect(await pilotSpread(null, w.aarhusRunning.id)).toBeNull();
    expect(await pilotBenefits(null, w.aarhusRunning.id)).toBeNull();
    expect(await openOffersFor(null)).toEqual([]);
    const herning = await organisationSpread(null, await org("herning"));
    expect(herning.joining.map((j) => j.pilot.id)).not.toContain(w.aarhusRunning.id);
    expect(
      (await organisationSpread(w.users.fddMember, await org("herning"))).joining.map((j) => j.pilot.id),
    ).toContain(w.aarhusRunning.id);
  });

  it("a member of another community sees the open offer (rule 6); a GovTech draft's spreading stays with its team", async () => {
    const offers = await openOffersFor(w.users.fddMember);
    expect(offers.map((o) => o.pilot.id)).toContain(w.aarhusRunning.id);
    expect((await pilotSpread(w.users.fddMember, w.aarhusRunning.id))?.current?.open).toBe(true);
    expect(await pilotSpread(w.users.fddMember, w.gtmDraft.id)).toBeNull();
  });

  it("the dashboard's realised benefits are per kind and unit, never summed across them", async () => {
    const rows = await loadRealisedBenefits(null, {});
    const keys = rows.map((r) => `${r.benefit}|${r.unit}|${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(rows.map((r) => `${r.benefit}|${r.unit}`))).toEqual(
      new Set(["co2e_avoided|t CO2e", "hours_saved|timer", "kroner_saved|kr."]),
    );
    // The signed-out total is the public pilots' realised values only.
    const publicSum = await db.prisma.benefitRealisation.aggregate({
      where: {
        profile: {
          kind: "KRONER_SAVED",
          unit: "kr.",
          pilot: { visibility: "PUBLIC", status: { in: ["ACTIVE", "ADOPTED"] } },
        },
        periodStart: { gte: new Date("2026-01-01"), lt: new Date("2027-01-01") },
      },
      _sum: { value: true },
    });
    expect(rows.find((r) => r.benefit === "kroner_saved" && r.year === 2026)?.realised).toBe(publicSum._sum.value);
  });
});

describe("bad input changes nothing", () => {
  it("negative units, a go-live quarter that has ended: refused beside the field", async () => {
    const before = await db.prisma.spreadParticipant.count();
    const good = {
      pilotId: w.aarhusRunning.id,
      units: 40,
      goLive: quarterOf(addDays(danishDay(), 100)),
      contactName: "Pernille Skov",
      contactEmail: "p@vallensbaek.dk",
    };
    expect((await refusal(declareInterest(w.users.fddMember, { ...good, units: -3 }))).fields).toMatchObject({
      units: "spread.errors.unitsInvalid",
    });
    expect((await refusal(declareInterest(w.users.fddMember, { ...good, goLive: "2020-Q1" }))).fields).toMatchObject({
      goLive: "spread.errors.goLivePast",
    });
    expect(await db.prisma.spreadParticipant.count()).toBe(before);
  });

  it("a realisation for a period that has not begun: refused with the field named, the batch stored not at all", async () => {
    const profile = await db.prisma.benefitProfile.findFirstOrThrow({
      where: { pilotId: w.publicAdopted.id, kind: "KRONER_SAVED" },
      select: { id: true, owners: { select: { organisationId: true } } },
    });
    const o = profile.owners[0].organisationId;
    const before = await db.prisma.benefitRealisation.count();
    const err = await refusal(
      recordRealisations(
        w.users.gtmSecretariat,
        profile.id,
        [
          { organisationId: o, period: "2026-Q4", value: 1 },
          { organisationId: o, period: "2099-Q1", value: 2 },
        ],
        { source: "API" },
      ),
    );
    expect(err.fields).toEqual({ "realisations[1].period": "benefits.errors.periodFuture" });
    expect(await db.prisma.benefitRealisation.count()).toBe(before);
  });

  it("a spreadsheet: every row or none, the refused row named; organisations by kommunekode or name, Danish numbers", async () => {
    const profile = await db.prisma.benefitProfile.findFirstOrThrow({
      where: { pilotId: w.publicAdopted.id, kind: "KRONER_SAVED" },
      select: { id: true },
    });
    const silkeborg = await org("silkeborg");
    const before = await db.prisma.benefitRealisation.count();
    const bad =
      "organisation;periode;værdi;bemærkning\n740;2026-Q4;1.250.000;Stormen\nSkanderborg;2026-Q4;12,5;\nViborg;2099-Q1;3;";
    const err = await refusal(importRealisations(w.users.gtmSecretariat, profile.id, bad));
    expect(err.fields).toEqual({ csv: "benefits.import.periodFuture" });
    expect(err.extra.params).toMatchObject({ row: 4 });
    expect(await db.prisma.benefitRealisation.count()).toBe(before);
    expect((await refusal(importRealisations(w.users.gtmSecretariat, profile.id, "999;2026-Q4;1"))).fields).toEqual({
      csv: "benefits.import.organisationUnknown",
    });

    const done = await importRealisations(w.users.gtmSecretariat, profile.id, bad.split("\n").slice(0, 3).join("\n"));
    expect(done).toMatchObject({ stored: 2 });
    const stored = await db.prisma.benefitRealisation.findFirstOrThrow({
      where: { profileId: profile.id, organisationId: silkeborg, periodStart: new Date("2026-10-01") },
      select: { value: true, source: true },
    });
    expect(stored).toEqual({ value: 1_250_000, source: "IMPORT" });
  });

  it("the benefit plan: a profile, then an owner in the organisation with rising targets; anything else is refused beside its field", async () => {
    const created = await createProfile(w.users.gtmSecretariat, {
      pilotId: w.publicAdopted.id,
      name: "Færre oversvømmede kældre",
      kind: "OTHER",
      unit: "kældre",
      baseline: 12,
      frequency: "YEARLY",
    });
    const form = {
      profileId: created.id,
      organisationId: await org("silkeborg"),
      ownerEmail: "medlem@silkeborg.example",
      target_1_year: "2026",
      target_1_pessimistic: "2",
      target_1_likely: "4",
      target_1_optimistic: "6",
    };
    // An owner from another organisation, and targets that do not rise: nothing is stored.
    expect(
      (
        await refusal(
          saveOwner(w.users.gtmSecretariat, { ...form, ownerEmail: "projektleder@viborg.example" } as never),
        )
      ).fields,
    ).toEqual({ ownerEmail: "benefits.errors.ownerUnknown" });
    expect(
      (await refusal(saveOwner(w.users.gtmSecretariat, { ...form, target_1_likely: "9" } as never))).fields,
    ).toMatchObject({ target_1_likely: "benefits.errors.targetOrder" });
    expect(await db.prisma.benefitOwner.count({ where: { profileId: created.id } })).toBe(0);
    // A member who is neither lead nor secretariat plans nothing.
    expect((await refusal(saveOwner(w.users.gtmMember, form as never))).code).toBe("FORBIDDEN");
    await saveOwner(w.users.gtmSecretariat, form as never);
    expect(
      await db.prisma.benefitTarget.findMany({
        where: { profileId: created.id },
        select: { year: true, pessimistic: true, likely: true, optimistic: true },
      }),
    ).toEqual([{ year: 2026, pessimistic: 2, likely: 4, optimistic: 6 }]);
  });
});
