// The health probe agrees with the pages (issue 15): it asks the database itself, arms the outage
// breaker only for the driver's own connection errors, and a successful probe ends a noted outage, so
// a monitor sees 503 exactly when pages get the 503 page. `outages` counts the breaker's trips.
import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/errors";
import { noteDatabaseAvailable, noteDatabaseFailure, outagesNoted, RETRY_AFTER_SECONDS } from "@/lib/db/availability";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    noteDatabaseAvailable();
    return NextResponse.json({ status: "ok", database: "ok", outages: outagesNoted() }, { headers: NO_STORE });
  } catch (err) {
    if (isDatabaseUnavailable(err)) noteDatabaseFailure(err);
    return NextResponse.json(
      { status: "error", database: "unavailable", outages: outagesNoted() },
      { status: 503, headers: { ...NO_STORE, "retry-after": String(RETRY_AFTER_SECONDS) } },
    );
  }
}
