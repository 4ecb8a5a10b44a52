import { cookies } from "next/headers";
import { SignOutClientButton } from "./SignOutClientButton";

const CSRF_COOKIES = ["__Host-next-auth.csrf-token", "next-auth.csrf-token"];

/**
 * Sign-out as a plain form post to next-auth, so it works before (or without) JavaScript; the CSRF
 * token is the first half of next-auth's own double-submit cookie. Without that cookie, the client
 * button fetches a token first.
 */
export async function SignOutButton({ label }: { label: string }) {
  const jar = await cookies();
  const csrfToken = CSRF_COOKIES.map((n) => jar.get(n)?.value)
    .find(Boolean)
    ?.split("|")[0];
  if (!csrfToken) return <SignOutClientButton label={label} />;
  return (
    <form method="post" action="/api/auth/signout" className="sign-out">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value="/" />
      <button type="submit" className="button button-tertiary button-small">
        {label}
      </button>
    </form>
  );
}
