"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import type { ActionState } from "@/lib/action-state";
import { createTokenSchema, revokeTokenSchema } from "@/lib/tokens/schemas";
import { createApiToken, revokeApiToken } from "@/lib/tokens/manage";
import type { TokenState } from "./token-state";

const PAGE = "/profil/api-noegler";

// The secret must reach the page, but action() returns only a message: it is carried out of the
// wrapped function in a variable of this one call, and never stored anywhere.
export async function createTokenAction(prev: ActionState, formData: FormData): Promise<TokenState> {
  let created: TokenState["created"];
  const state = await action(createTokenSchema, async (input, user) => {
    const { secret, token } = await createApiToken(user, input);
    created = {
      secret,
      name: token.name,
      access: token.access,
      pilotId: input.scope.kind === "pilot" ? input.scope.id : null,
    };
    revalidatePath(PAGE);
    return "api.tokens.created";
  })(prev, formData);
  return { ...state, created };
}

export const revokeTokenAction = action(revokeTokenSchema, async ({ tokenId }, user) => {
  const outcome = await revokeApiToken(user, tokenId);
  revalidatePath(PAGE);
  return outcome === "revoked" ? "api.tokens.revoked" : "api.tokens.alreadyRevoked";
});
