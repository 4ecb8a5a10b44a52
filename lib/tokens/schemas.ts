// The token form's schema, shared by the page and the server action. Messages are i18n keys
// (lib/i18n/{da,en}/api.json).
import { z } from "zod";

import { MAX_ID } from "../validation";
import { TOKEN_ACCESS, TOKEN_NAME_MAX } from "./choices";
export { TOKEN_ACCESS, TOKEN_NAME_MAX };

/** A scope travels through the form as "community:<id>" or "pilot:<id>". */
export type TokenScopeRef = { kind: "community" | "pilot"; id: number };
export const scopeValue = (s: TokenScopeRef) => `${s.kind}:${s.id}`;

export const createTokenSchema = z.object({
  name: z
    .string({ error: "api.tokens.nameRequired" })
    .trim()
    .min(1, "api.tokens.nameRequired")
    .max(TOKEN_NAME_MAX, "api.tokens.nameTooLong"),
  scope: z
    .string({ error: "api.tokens.scopeRequired" })
    .regex(/^(community|pilot):[1-9]\d{0,9}$/, "api.tokens.scopeRequired")
    .transform((v): TokenScopeRef => {
      const [kind, id] = v.split(":");
      return { kind: kind as TokenScopeRef["kind"], id: Number(id) };
    })
    .refine((s) => s.id <= 2_147_483_647, "api.tokens.scopeRequired"),
  access: z.enum(TOKEN_ACCESS, { error: "api.tokens.accessRequired" }),
});
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

export const revokeTokenSchema = z.object({ tokenId: z.coerce.number().int().positive().max(MAX_ID) });
