import { apiRoute } from "@/lib/api/handler";
import { currentUser } from "@/lib/auth/session";
import { postExpenseResponse } from "@/lib/pilots/expense-api";

export const dynamic = "force-dynamic";

/** POST /api/v1/phases/{id}/expenses — the project lead books an expense; never beyond the grant. */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(async (req, { params }) => postExpenseResponse(req, await currentUser(), (await params).id));
