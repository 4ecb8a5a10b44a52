// The part of autocannon's API the benchmark uses (the package ships no types; @types/autocannon
// describes version 7 and would be one more dependency for a script that is not part of the app).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  namespace autocannon {
    type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      timeout?: number;
      requests?: (Request & { setupRequest?: (req: Request) => Request })[];
    };
    type Result = { errors: number; timeouts: number; non2xx: number; requests: { total: number }; latency: { p50: number; p99: number } };
    interface Instance extends EventEmitter {
      on(event: "response", listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
      on(event: "done", listener: (result: Result) => void): this;
      on(event: "error", listener: (error: Error) => void): this;
      stop(): void;
    }
  }
  function autocannon(options: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
