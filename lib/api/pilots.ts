// The open API's pilot endpoints as plain functions of (request, user): the route files only add the
// session, and tests call these with any user they like. Shapes are the public contract (issue 4).
import "server-only";
import { NextResponse } from "next/server";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { MessageKey } from "../i18n/messages";
import type { SessionUser } from "../auth/session";
import { visiblePilotsWhere } from "../pilots/visibility";
import { apiListSchema } from "../pilots/list-params";
import { listPilots, type PilotListItem } from "../pilots/queries";
import { searchPilotList } from "../search/api-list";
import { currentPhase, inTrackOrder, phaseMoney } from "../pilots/phase-track";
import { API_PHASE_KIND, API_PHASE_STATUS, API_PILOT_STATUS, API_VISIBILITY } from "./format";
import { phaseMoneySelect, pilotTextSelect } from "../pilots/selects";

import { isoDay } from "../dates";
import { parseId } from "../validation";
import { spreadSection } from "./spread";
import { requestOrigin } from "./origin";
type Org = { id: number; name: string; municipalityCode: number | null };
const org = (o: Org) => ({ id: o.id, name: o.name, code: o.municipalityCode });
const phaseRef = (p: { id: number; kind: keyof typeof API_PHASE_KIND; status: keyof typeof API_PHASE_STATUS } | null) =>
  p && { id: p.id, kind: API_PHASE_KIND[p.kind], status: API_PHASE_STATUS[p.status] };

/** Query problems as `fields`, each a message key the error mapper translates. */
export function badParams(issues: { path: PropertyKey[]; message: string }[]): AppError {
  const fields: Record<string, MessageKey> = {};
  for (const i of issues) fields[String(i.path[0] ?? "_")] ??= i.message as MessageKey;
  return new AppError("BAD_REQUEST", "pilotPage.api.invalid", fields);
}

function listItem(p: PilotListItem) {
  return {
    id: p.id,
    title: p.title,
    status: API_PILOT_STATUS[p.status],
    visibility: API_VISIBILITY[p.visibility],
    community: p.community,
    leadOrganisation: org(p.leadOrganisation),
    currentPhase: phaseRef(p.currentPhase),
  };
}

export async function listPilotsResponse(req: Request, user: SessionUser | null) {
  const parsed = apiListSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) throw badParams(parsed.error.issues);
  const { q, page, pageSize } = parsed.data;
  // q goes through the catalogue's Danish search (lib/search): same pilots, same order as /piloter?q=.
  const list = q ? await searchPilotList(user, q, { page, pageSize }) : await listPilots(user, { page, pageSize });
  return NextResponse.json({ ...list, items: list.items.map(listItem) });
}

const orgSelect = { id: true, name: true, municipalityCode: true } satisfies Prisma.OrganisationSelect;
const detailSelect = {
  id: true,
  ...pilotTextSelect,
  status: true,
  visibility: true,
  community: { select: { id: true, slug: true, name: true } },
  leadOrganisation: { select: orgSelect },
  participants: { select: { organisation: { select: orgSelect } } },
  phases: {
    select: {
      ...phaseMoneySelect,
      pledges: {
        select: { amount: true, organisation: { select: orgSelect } },
        orderBy: { organisation: { name: "asc" } },
      },
    },
  },
} satisfies Prisma.PilotSelect;

export async function pilotDetailResponse(req: Request, user: SessionUser | null, idSegment: string) {
  const id = parseId(idSegment);
  const pilot =
    id && (await prisma.pilot.findFirst({ where: { AND: [{ id }, visiblePilotsWhere(user)] }, select: detailSelect }));
  if (!pilot) throw new AppError("NOT_FOUND", "errors.notFound");
  const phases = inTrackOrder(pilot.phases);
  return NextResponse.json({
    ...pilot,
    status: API_PILOT_STATUS[pilot.status],
    visibility: API_VISIBILITY[pilot.visibility],
    leadOrganisation: org(pilot.leadOrganisation),
    participants: pilot.participants.map((p) => org(p.organisation)),
    currentPhase: phaseRef(currentPhase(phases)),
    phases: phases.map((p) => {
      const { requested, granted, pledged, spent, returned, remaining } = phaseMoney(p);
      return {
        id: p.id,
        kind: API_PHASE_KIND[p.kind],
        status: API_PHASE_STATUS[p.status],
        startDate: isoDay(p.plannedStart),
        endDate: isoDay(p.plannedEnd),
        requested,
        granted,
        pledged,
        spent,
        returned,
        remaining,
        pledges: p.pledges.map((x) => ({ organisation: org(x.organisation), amount: x.amount })),
      };
    }),
    spread: await spreadSection(user, pilot.id, requestOrigin(req)),
  });
}
