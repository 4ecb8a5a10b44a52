import { apiRoute } from "@/lib/api/handler";
import { ANONYMOUS } from "@/lib/api/caller";
import { pushResponse } from "@/lib/api/push";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/push/{id} — a push target's platform delivers readings. The Authorization header here
 * carries the target's own secret, not an API token or a session: the caller is resolved by
 * lib/api/push.ts, so the wrapper is told there is none.
 */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(
  async (req, { params }) => pushResponse(req, (await params).id),
  { caller: async () => ANONYMOUS },
);
