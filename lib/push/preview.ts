// "Send testdata": what a pasted body would store, read exactly as the push route reads it (the same
// mapping, the same idempotency key against what is stored now), without storing anything.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { SessionUser } from "../auth/session";
import { visibleKpi } from "../kpis/access";
import { mapBody, readingKey, type Params, type PushMapping, type PushReason } from "./mapping";
import { previewSchema, type PreviewInput } from "./schemas";
import { PREVIEW_ROWS } from "./limits";
import { pushMappingSelect } from "./queries";

import { requireSignedIn } from "../auth/permissions";
import { authorizeRecording } from "../pilots/access";
import { parseOrThrow } from "../validation";
export type PreviewRow = {
  index: number;
  at: string | null;
  deviceId: string | null;
  value: number | null;
  flagged: boolean;
  status: "new" | "already" | "conflict" | "refused";
  reason?: PushReason;
  params?: Params;
};
export type PushPreview =
  | {
      ok: true;
      rows: PreviewRow[];
      counts: { readings: number; new: number; already: number; refused: number; flagged: number };
      timeFromBody: boolean;
    }
  | { ok: false; reason: PushReason; params?: Params };

export async function previewPush(
  user: SessionUser | null,
  input: PreviewInput,
  now = new Date(),
): Promise<PushPreview> {
  requireSignedIn(user);
  const data = parseOrThrow(previewSchema, input);
  const { pilot } = await visibleKpi(user, data.kpiId);
  authorizeRecording(user, pilot, "recordKpi");
  const kpi = await prisma.kpi.findUniqueOrThrow({
    where: { id: data.kpiId },
    select: { plausibleMin: true, plausibleMax: true },
  });
  let mapping: PushMapping | null = data.mapping;
  if (data.targetId !== null) {
    const t = await prisma.pushTarget.findFirst({
      where: { id: data.targetId, kpiId: data.kpiId },
      select: pushMappingSelect,
    });
    if (!t) throw new AppError("NOT_FOUND", "errors.notFound");
    mapping = t;
  }
  let body: unknown;
  try {
    body = JSON.parse(data.sample);
  } catch {
    throw new AppError("BAD_REQUEST", "push.errors.sampleNotJson", { sample: "push.errors.sampleNotJson" });
  }
  const mapped = mapBody(body, mapping!, { receivedAt: now, ...kpi });
  if (!mapped.ok) return { ok: false, reason: mapped.reason, params: mapped.params };
  const moments = [...new Set(mapped.readings.map((r) => r.measuredAt.getTime()))].map((t) => new Date(t));
  const stored = new Map(
    (
      await prisma.kpiMeasurement.findMany({
        where: { kpiId: data.kpiId, measuredAt: { in: moments } },
        select: { deviceId: true, measuredAt: true, value: true },
      })
    ).map((m) => [readingKey(m.deviceId, m.measuredAt), m.value]),
  );
  const rows: PreviewRow[] = [
    ...mapped.readings.map((r): PreviewRow => {
      const before = stored.get(readingKey(r.deviceId, r.measuredAt));
      const status = before === undefined ? "new" : before === r.value ? "already" : "conflict";
      return {
        index: r.index,
        at: r.measuredAt.toISOString(),
        deviceId: r.deviceId,
        value: r.value,
        flagged: r.flagged,
        status,
        ...(status === "conflict" ? { reason: "conflict" as const, params: { stored: before! } } : {}),
      };
    }),
    ...mapped.refused.map((x): PreviewRow => ({
      index: x.index,
      at: null,
      deviceId: null,
      value: null,
      flagged: false,
      status: "refused",
      reason: x.reason,
      params: x.params,
    })),
  ].sort((a, b) => a.index - b.index);
  const count = (s: PreviewRow["status"]) => rows.filter((r) => r.status === s).length;
  return {
    ok: true,
    rows: rows.slice(0, PREVIEW_ROWS),
    counts: {
      readings: rows.length + mapped.repeated,
      new: count("new"),
      already: count("already") + mapped.repeated,
      refused: count("refused") + count("conflict"),
      flagged: rows.filter((r) => r.status === "new" && r.flagged).length,
    },
    timeFromBody: mapping!.timePath !== null,
  };
}
