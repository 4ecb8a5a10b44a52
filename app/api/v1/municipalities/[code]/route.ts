import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { municipalityParams } from "@/lib/api/contract/reference";
import { getMunicipality } from "@/lib/organisations/municipalities";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ params: Promise<{ code: string }> }>(async (_req, { params }) => {
  const parsed = municipalityParams.safeParse(await params);
  // In the caller's language like every other API error (found by the fuzzing: this one was English only).
  if (!parsed.success)
    throw new AppError("BAD_REQUEST", "api.errors.municipalityCode", { code: "api.errors.municipalityCode" });
  const { code } = parsed.data;
  const municipality = await getMunicipality(Number(code));
  if (!municipality) throw new AppError("NOT_FOUND", "api.errors.municipalityUnknown", undefined, { params: { code } });
  return NextResponse.json(municipality);
});
