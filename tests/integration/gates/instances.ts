// Starts separate Node processes — stand-ins for app instances behind a load balancer, each with its
// own connection pool to the one PostgreSQL server — and has each press "decide" several times at
// one agreed moment. Returns what every press got back.
import { spawn } from "node:child_process";
import path from "node:path";

export type Press = { ok: boolean; messageKey?: string; decisionId?: number };

export async function runInstances(
  dbUrl: string,
  userIds: number[],
  input: object,
  pressesEach: number,
): Promise<Press[]> {
  const worker = path.join(import.meta.dirname, "decide-worker.ts");
  const tsx = path.resolve("node_modules/.bin/tsx");
  const startAt = Date.now() + 8_000; // every process connected and waiting before the moment comes
  const runs = userIds.map(
    (userId) =>
      new Promise<Press[]>((resolve, reject) => {
        const args = [
          "--conditions=react-server",
          worker,
          JSON.stringify({ dbUrl, userId, input, startAt, presses: pressesEach }),
        ];
        const child = spawn(tsx, args, {
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, DATABASE_URL: dbUrl },
        });
        let out = "";
        let err = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (err += d));
        child.on("exit", (code) =>
          code === 0
            ? resolve(JSON.parse(out.trim().split("\n").at(-1)!))
            : reject(new Error(`worker ${userId} exited ${code}: ${err}`)),
        );
      }),
  );
  return (await Promise.all(runs)).flat();
}
