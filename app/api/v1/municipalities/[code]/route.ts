import { NextResponse } from "next/server";
import { apiError, apiRoute } from "@/lib/api/handler";
import { municipalityParams } from "@/lib/api/contract/reference";
import { getMunicipality } from "@/lib/organisations/municipalities";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ params: Promise<{ code: string }> }>(async (_req, { params }) => {
  const parsed = municipalityParams.safeParse(await params);
  if (!parsed.success) return apiError(400, "BAD_REQUEST", "A municipality code is three digits, e.g. 751.", { code: "three digits" });
  const { code } = parsed.data;
  const municipality = await getMunicipality(Number(code));
  if (!municipality) return apiError(404, "NOT_FOUND", `No municipality has code ${code}.`);
  return NextResponse.json(municipality);
});
