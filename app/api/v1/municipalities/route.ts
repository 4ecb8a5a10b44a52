import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { listMunicipalities } from "@/lib/organisations/municipalities";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => NextResponse.json(await listMunicipalities()));
