// Realised against expected, per profile, organisation and year, for the pilot page and the owner's
// home. A profile has one kind and one unit, so its organisations' values add up within it (for the
// additive kinds); across profiles a total is only ever per kind and unit (PRODUCT.md rule 9).
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import type { BenefitFrequency, BenefitKind } from "../generated/prisma/enums";
import { danishDay, isoDay } from "../dates";
import { visiblePilotsWhere } from "../pilots/visibility";
import { spreadAllows, spreadStage } from "../lifecycle";
import { isAdditive, periodDue, periodLabel } from "./periods";

export type Expected = { pessimistic: number; likely: number; optimistic: number };
export type YearLine = { year: number; expected: Expected | null; realised: number | null; periods: number };
export type OwnerLine = {
  organisation: { id: number; name: string };
  owner: { id: number; name: string };
  years: YearLine[];
  due: string | null;
};
export type ProfileSummary = {
  id: number;
  name: string;
  kind: BenefitKind;
  unit: string;
  baseline: number;
  frequency: BenefitFrequency;
  organisations: OwnerLine[];
  totals: YearLine[];
  realisations: { id: number; organisationId: number; period: string; value: number; note: string | null }[];
};

/** One organisation's value for a year: the sum of its periods, or for a score the latest period's. */
function yearValue(kind: BenefitKind, values: { periodStart: string; value: number }[]): number | null {
  if (values.length === 0) return null;
  if (isAdditive(kind)) return values.reduce((a, v) => a + v.value, 0);
  return [...values].sort((a, b) => a.periodStart.localeCompare(b.periodStart)).at(-1)!.value;
}

const addExpected = (a: Expected | null, b: Expected | null): Expected | null =>
  !a
    ? b
    : !b
      ? a
      : {
          pessimistic: a.pessimistic + b.pessimistic,
          likely: a.likely + b.likely,
          optimistic: a.optimistic + b.optimistic,
        };

export async function pilotBenefits(user: SessionUser | null, pilotId: number): Promise<ProfileSummary[] | null> {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: {
      status: true,
      phases: { select: { kind: true, status: true } },
      operations: { select: { organisationId: true, goLiveOn: true } },
      benefitProfiles: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          name: true,
          kind: true,
          unit: true,
          baseline: true,
          frequency: true,
          createdAt: true,
          owners: {
            select: { organisation: { select: { id: true, name: true } }, user: { select: { id: true, name: true } } },
            orderBy: { organisation: { name: "asc" } },
          },
          targets: { select: { organisationId: true, year: true, pessimistic: true, likely: true, optimistic: true } },
          realisations: {
            select: { id: true, organisationId: true, periodStart: true, value: true, note: true },
            orderBy: [{ periodStart: "asc" }, { id: "asc" }],
          },
        },
      },
    },
  });
  if (!pilot) return null;
  const today = danishDay();
  const measuring = spreadAllows(spreadStage(pilot.status, pilot.phases), "recordBenefit");
  return pilot.benefitProfiles.map((p) => {
    const real = p.realisations.map((r) => ({ ...r, periodStart: isoDay(r.periodStart) }));
    const organisations = p.owners.map((o): OwnerLine => {
      const mine = real.filter((r) => r.organisationId === o.organisation.id);
      const targets = p.targets.filter((t) => t.organisationId === o.organisation.id);
      const years = [
        ...new Set([...targets.map((t) => t.year), ...mine.map((r) => Number(r.periodStart.slice(0, 4)))]),
      ].sort((a, b) => a - b);
      const from = pilot.operations.find((op) => op.organisationId === o.organisation.id)?.goLiveOn;
      const due = measuring
        ? periodDue(
            p.frequency,
            from ? isoDay(from) : isoDay(p.createdAt),
            today,
            new Set(mine.map((r) => r.periodStart)),
          )
        : null;
      return {
        organisation: o.organisation,
        owner: o.user,
        due: due && periodLabel(p.frequency, due),
        years: years.map((year) => {
          const inYear = mine.filter((r) => r.periodStart.startsWith(String(year)));
          const t = targets.find((x) => x.year === year);
          return {
            year,
            expected: t ? { pessimistic: t.pessimistic, likely: t.likely, optimistic: t.optimistic } : null,
            realised: yearValue(p.kind, inYear),
            periods: inYear.length,
          };
        }),
      };
    });
    // Totals over organisations only where values add up; a quality score is shown per organisation.
    const years = [...new Set(organisations.flatMap((o) => o.years.map((y) => y.year)))].sort((a, b) => a - b);
    const totals = isAdditive(p.kind)
      ? years.map((year) => {
          const lines = organisations
            .map((o) => o.years.find((y) => y.year === year))
            .filter((y): y is YearLine => !!y);
          const realised = lines.some((l) => l.realised !== null)
            ? lines.reduce((a, l) => a + (l.realised ?? 0), 0)
            : null;
          return {
            year,
            expected: lines.reduce<Expected | null>((a, l) => addExpected(a, l.expected), null),
            realised,
            periods: lines.reduce((a, l) => a + l.periods, 0),
          };
        })
      : [];
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      unit: p.unit,
      baseline: p.baseline,
      frequency: p.frequency,
      organisations,
      totals,
      realisations: real.map((r) => ({
        id: r.id,
        organisationId: r.organisationId,
        period: periodLabel(p.frequency, r.periodStart),
        value: r.value,
        note: r.note,
      })),
    };
  });
}

/** The owner's home: every benefit this user owns whose latest ended period has no value yet. */
export async function measurementsDue(user: SessionUser) {
  const owned = await prisma.benefitOwner.findMany({
    where: { userId: user.id, profile: { pilot: visiblePilotsWhere(user) } },
    select: {
      organisationId: true,
      organisation: { select: { name: true } },
      profile: {
        select: {
          id: true,
          name: true,
          frequency: true,
          createdAt: true,
          pilot: {
            select: {
              id: true,
              title: true,
              status: true,
              phases: { select: { kind: true, status: true } },
              operations: { select: { organisationId: true, goLiveOn: true } },
            },
          },
        },
      },
    },
  });
  const today = danishDay();
  const due = [];
  for (const o of owned) {
    const p = o.profile;
    if (!spreadAllows(spreadStage(p.pilot.status, p.pilot.phases), "recordBenefit")) continue;
    const periods = await prisma.benefitRealisation.findMany({
      where: { profileId: p.id, organisationId: o.organisationId },
      select: { periodStart: true },
    });
    const from = p.pilot.operations.find((op) => op.organisationId === o.organisationId)?.goLiveOn ?? p.createdAt;
    const period = periodDue(p.frequency, isoDay(from), today, new Set(periods.map((r) => isoDay(r.periodStart))));
    if (period)
      due.push({
        profileId: p.id,
        name: p.name,
        organisation: o.organisation.name,
        pilot: { id: p.pilot.id, title: p.pilot.title },
        period: periodLabel(p.frequency, period),
      });
  }
  return due;
}
