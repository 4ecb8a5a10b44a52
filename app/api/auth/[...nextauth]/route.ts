import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { deviceCookie, deviceFromCookies, newDeviceId, withDevice } from "@/lib/auth/device";
import { env } from "@/lib/env";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Ctx) {
  // The sign-in throttle knows this browser by a device cookie (lib/auth/device.ts); a browser
  // without one gets a new id, kept only if this request signs someone in.
  const known = deviceFromCookies(req.headers.get("cookie"));
  const device = known ?? newDeviceId();
  // next-auth v4 reads params synchronously; Next 16 hands them over as a promise.
  const params = await ctx.params;
  const res: Response = await withDevice(device, () => NextAuth(req as never, { params } as never, authOptions()));
  const signedIn = res.headers.getSetCookie().some((c) => /^(__Secure-)?next-auth\.session-token=[^;]/.test(c));
  if (!known && signedIn)
    res.headers.append("set-cookie", deviceCookie(device, env.NEXTAUTH_URL?.startsWith("https:") ?? false));
  return res;
}

export { handler as GET, handler as POST };
