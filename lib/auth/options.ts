import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "../db";
import { authSecret } from "../env";
import { verifyPassword } from "./password";
import { signInSchema } from "./schemas";


/** Checks e-mail and password; a deactivated user cannot sign in (their history stays). */
export async function checkCredentials(input: unknown) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email.toLowerCase() },
    select: { id: true, name: true, email: true, passwordHash: true, deactivatedAt: true },
  });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
  if (!user || !ok || user.deactivatedAt) return null;
  return { id: String(user.id), name: user.name, email: user.email };
}

let options: NextAuthOptions | undefined;

/** Built on first use, so `next build` never needs the secret or the database. */
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: authSecret(),
    // Signed JWT sessions: valid on every app instance that shares NEXTAUTH_SECRET.
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/log-ind", error: "/log-ind" },
    providers: [
      CredentialsProvider({
        name: "E-mail",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        authorize: (input) => checkCredentials(input),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = Number(user.id);
        return token;
      },
      session({ session, token }) {
        if (session.user) (session.user as { id?: number }).id = token.uid as number;
        return session;
      },
    },
  };
  return options;
}
