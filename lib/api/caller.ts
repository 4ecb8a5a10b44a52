// Who is calling the API, resolved once per request by apiRoute: a bearer token, else the browser
// session, else nobody. Route handlers pass `caller.user` to the domain, which applies the token's
// scope through the same visibility rules and permission checks as for a person.
import "server-only";
import { currentUser, type SessionUser } from "../auth/session";
import type { ApiTokenScope } from "../auth/permissions";
import { invalidToken } from "./refusal";

import { authenticateToken } from "./token-auth";
export type ApiCaller = { user: SessionUser | null; token: ApiTokenScope | null };
export type ResolveCaller = (req: Request) => Promise<ApiCaller>;

export const ANONYMOUS: ApiCaller = { user: null, token: null };

// next-auth's JWT cookie, possibly chunked (.0, .1 …) and __Secure- prefixed over https.
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

/**
 * An Authorization header is judged alone: a bad token is a 401 even beside a valid session cookie,
 * so a misconfigured platform fails loudly instead of acting as whoever last signed in. Without a
 * session cookie nobody is signed in, and the session is not looked up at all.
 */
export const resolveCaller: ResolveCaller = async (req) => {
  const header = req.headers.get("authorization");
  if (header !== null) {
    const bearer = /^Bearer +(\S+) *$/i.exec(header);
    if (!bearer) throw invalidToken("api.errors.authorizationMalformed");
    const user = await authenticateToken(bearer[1]);
    return { user, token: user.apiToken };
  }
  if (!SESSION_COOKIE.test(req.headers.get("cookie") ?? "")) return ANONYMOUS;
  return { user: await currentUser(), token: null };
};

/** For tests and scripts: a fixed caller instead of a cookie or token. */
export const callerOf =
  (user: SessionUser | null): ResolveCaller =>
  async () => ({ user, token: user?.apiToken ?? null });
