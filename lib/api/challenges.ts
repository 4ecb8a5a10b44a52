// The JSON answers of GET /api/v1/challenges and GET /api/v1/pilots/{id}/risks, through the same
// visibility rules as the pages (lib/challenges/queries.ts, lib/risks/queries.ts).
import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "../errors";
import type { SessionUser } from "../auth/session";
import { listChallenges, PAGE_SIZE } from "../challenges/queries";
import { pilotRisks } from "../risks/queries";
import { riskScore } from "../risks/heat";
import { parseId } from "../validation";
import { requestOrigin } from "./origin";
import { badParams } from "./pilots";
import { challengeQuerySchema, type ChallengeList, type RiskList } from "./contract/front";

const privateIf = (user: SessionUser | null) => ({
  headers: { "Cache-Control": user ? "private, no-store" : "public, max-age=60" },
});

export async function challengesResponse(req: Request, user: SessionUser | null) {
  const parsed = challengeQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) throw badParams(parsed.error.issues);
  const list = await listChallenges(user, parsed.data);
  const origin = requestOrigin(req);
  const body: ChallengeList = {
    total: list.total,
    page: list.page,
    pageSize: PAGE_SIZE,
    items: list.items.map((c) => ({
      id: c.id,
      title: c.title,
      problem: c.problem,
      affects: c.affects,
      costKroner: c.costKroner,
      costHours: c.costHours,
      existingData: c.existingData,
      domains: c.domains,
      sdgs: c.sdgs,
      visibility: c.visibility === "PUBLIC" ? "public" : "members",
      community: c.community,
      organisation: {
        id: c.organisation.id,
        name: c.organisation.name,
        municipalityCode: c.organisation.municipalityCode,
      },
      cosponsors: c.cosponsors.map((s) => ({
        organisationId: s.organisation.id,
        organisation: s.organisation.name,
        municipalityCode: s.organisation.municipalityCode,
        note: s.note,
        since: s.createdAt.toISOString(),
      })),
      ideaCount: c._count.ideas,
      url: `${origin}/udfordringer/${c.id}`,
      createdAt: c.createdAt.toISOString(),
    })),
  };
  return NextResponse.json(body, privateIf(user));
}

export async function pilotRisksResponse(user: SessionUser | null, idSegment: string) {
  const id = parseId(idSegment);
  const risks = id ? await pilotRisks(user, id) : null;
  if (!risks) throw new AppError("NOT_FOUND", "errors.notFound");
  const body: RiskList = risks.map((r) => ({
    id: r.id,
    description: r.description,
    probability: r.probability,
    consequence: r.consequence,
    score: riskScore(r),
    owner: r.owner,
    mitigation: r.mitigation,
    status: r.status.toLowerCase() as RiskList[number]["status"],
    reviewedAt: r.reviewedAt.toISOString().slice(0, 10),
  }));
  return NextResponse.json(body, privateIf(user));
}
