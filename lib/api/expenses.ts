// POST /api/v1/phases/{id}/expenses. The order of refusals is deliberate: nobody → 401 before the
// body is read; an oversized body → 413 before it is parsed; then bad JSON or fields → 400; then the
// money domain answers 404 (phase not visible), 403 (not the lead), 409 (grant exceeded).
import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "../errors";
import { apiError, apiTranslator } from "./handler";
import { readJsonBody } from "./json-body";
import type { SessionUser } from "../auth/session";
import { expenseBodySchema, type ExpenseBody } from "./contract/pilots";
import { postExpense } from "../funding/expenses";

import { isoDay } from "../dates";
import { parseId } from "../validation";
import { badParams } from "./pilots";
export const MAX_EXPENSE_BODY = 16 * 1024;

export async function postExpenseResponse(req: Request, user: SessionUser | null, idSegment: string) {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
  const body = await readJsonBody(req, MAX_EXPENSE_BODY);
  if (!body.ok) {
    return apiError(
      413,
      "PAYLOAD_TOO_LARGE",
      apiTranslator(req)("pilotPage.api.bodyTooLarge", { max: MAX_EXPENSE_BODY }),
    );
  }
  const parsed = expenseBodySchema.safeParse(body.value ?? {});
  if (!parsed.success) throw badParams(parsed.error.issues);
  const phaseId = parseId(idSegment);
  if (!phaseId) throw new AppError("NOT_FOUND", "errors.notFound");
  const e = await postExpense(user, phaseId, parsed.data);
  const created: ExpenseBody = {
    id: e.id,
    phaseId: e.phaseId,
    amount: e.amount,
    date: isoDay(e.spentOn),
    category: e.category.toLowerCase() as ExpenseBody["category"],
    description: e.description,
    createdAt: e.createdAt.toISOString(),
    remaining: e.remaining,
  };
  return NextResponse.json(created, { status: 201 });
}
