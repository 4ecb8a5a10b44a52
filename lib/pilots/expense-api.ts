// POST /api/v1/phases/{id}/expenses. The order of refusals is deliberate: nobody → 401 before the
// body is read; an oversized body → 413 before it is parsed; then bad JSON or fields → 400; then the
// money domain answers 404 (phase not visible), 403 (not the lead), 409 (grant exceeded).
import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "../errors";
import { apiError } from "../api/handler";
import { readJsonBody } from "../api/json-body";
import { translator } from "../i18n/messages";
import type { SessionUser } from "../auth/session";
import { expenseSchema } from "../funding/schemas";
import { postExpense } from "../funding/expenses";
import { badParams } from "./api";
import { parseId, isoDay } from "./api-format";

export const MAX_EXPENSE_BODY = 16 * 1024;

export async function postExpenseResponse(req: Request, user: SessionUser | null, idSegment: string) {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
  const body = await readJsonBody(req, MAX_EXPENSE_BODY);
  if (!body.ok) {
    const t = translator(req.headers.get("accept-language")?.startsWith("en") ? "en" : "da");
    return apiError(413, "PAYLOAD_TOO_LARGE", t("pilotPage.api.bodyTooLarge", { max: MAX_EXPENSE_BODY }));
  }
  const parsed = expenseSchema.safeParse(upperCategory(body.value));
  if (!parsed.success) throw badParams(parsed.error.issues);
  const phaseId = parseId(idSegment);
  if (!phaseId) throw new AppError("NOT_FOUND", "errors.notFound");
  const e = await postExpense(user, phaseId, parsed.data);
  return NextResponse.json(
    { id: e.id, phaseId: e.phaseId, amount: e.amount, date: isoDay(e.spentOn), category: e.category.toLowerCase(), description: e.description, createdAt: e.createdAt.toISOString(), remaining: e.remaining },
    { status: 201 },
  );
}

/** The issue writes categories in lower case (`udstyr`), the schema in the enum's upper case: take both. */
function upperCategory(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value ?? {};
  const v = value as Record<string, unknown>;
  return typeof v.category === "string" ? { ...v, category: v.category.toUpperCase() } : v;
}
