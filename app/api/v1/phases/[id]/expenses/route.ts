import { apiRoute } from "@/lib/api/handler";

import { postExpenseResponse } from "@/lib/api/expenses";
export const dynamic = "force-dynamic";

/** POST /api/v1/phases/{id}/expenses — the project lead (or their WRITE token) books an expense; never beyond the grant. */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(
  async (req, { params }, { user }) => postExpenseResponse(req, user, (await params).id),
  { write: true },
);
