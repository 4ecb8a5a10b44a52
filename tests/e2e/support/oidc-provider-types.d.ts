// oidc-provider ships no types; this covers the little the test provider uses.
declare module "oidc-provider" {
  import type { Server } from "node:http";
  type Ctx = {
    oidc: {
      client: { clientId: string };
      account?: { accountId: string };
      result?: { consent?: { grantId?: string } };
      session: { grantIdFor(clientId: string): string | undefined };
    };
  };
  type Grant = { addOIDCScope(scope: string): void; save(): Promise<string> };
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    Grant: { new (init: { accountId: string; clientId: string }): Grant; find(id: string): Promise<Grant | undefined> };
    listen(port: number, host: string, callback?: () => void): Server;
    on(event: "server_error", listener: (ctx: unknown, error: Error) => void): this;
  }
  export type { Ctx as KoaContextWithOIDC };
}
