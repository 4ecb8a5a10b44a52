// A KPI of the Aarhus lead's running pilot with push targets made through the domain, as the page
// makes them, and a way to post through the real route module and the contract check.
import { readFileSync } from "node:fs";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { POST } from "../../../app/api/v1/push/[id]/route";
import { createPushTarget } from "../../../lib/push/manage";
import type { SessionUser } from "../../../lib/auth/session";
import { call } from "../api/contract";

const API = "http://localhost/api/v1";

export const fixture = (name: string) => readFileSync(`tests/support/os2iot/${name}.json`, "utf8");

export type Auth = "bearer" | "basic" | "apiKey";
export const authHeaders = (style: Auth, secret: string): Record<string, string> =>
  style === "bearer"
    ? { authorization: `Bearer ${secret}` }
    : style === "basic"
      ? { authorization: `Basic ${Buffer.from(`os2iot:${secret}`).toString("base64")}` }
      : { "x-api-key": secret };

export const push = (targetId: number, headers: Record<string, string>, body: unknown) =>
  call(POST, "POST", `${API}/push/${targetId}`, { params: { id: String(targetId) }, headers, body });

export async function makeKpi(
  prisma: PrismaClient,
  pilotId: number,
  extra: { plausibleMin?: number; plausibleMax?: number } = {},
) {
  return (
    await prisma.kpi.create({
      data: {
        pilotId,
        name: "Vanddybde i bassinet",
        unit: "cm",
        baseline: 60,
        direction: "LOWER_IS_BETTER",
        benefitKind: "QUALITY",
        ...extra,
      },
      select: { id: true },
    })
  ).id;
}

type Mapping = {
  readingsPath?: string;
  valuePath: string;
  timePath?: string;
  devicePath?: string;
  allowedDevices?: string[];
  factor?: number;
};
export async function makeTarget(user: SessionUser, kpiId: number, m: Mapping, name = "OS2iot") {
  const { secret, target } = await createPushTarget(user, {
    kpiId,
    name,
    readingsPath: m.readingsPath ?? null,
    valuePath: m.valuePath,
    timePath: m.timePath ?? null,
    devicePath: m.devicePath ?? null,
    allowedDevices: m.allowedDevices ?? [],
    factor: m.factor ?? 1,
  });
  return { secret, id: target.id };
}
