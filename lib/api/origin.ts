// The address this server is reached at, as the caller typed it (behind a proxy: its forwarded
// host and scheme), for the absolute links a GeoJSON or DCAT document must carry.
export function requestOrigin(req: Request): string {
  const url = new URL(req.url);
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? url.host;
  return `${req.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "")}://${host}`;
}
