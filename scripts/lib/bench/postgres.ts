// A throw-away PostgreSQL server for the benchmark, as .ci/run starts one: initdb into a temporary
// folder as the postgres user (initdb refuses root), trust auth on 127.0.0.1, stopped and removed after.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export async function startPostgres(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(a) - Number(b));
  if (versions.length === 0) throw new Error("no PostgreSQL in /usr/lib/postgresql: give --database-url");
  const bin = `/usr/lib/postgresql/${versions[versions.length - 1]}/bin`;
  const data = mkdtempSync(path.join(os.tmpdir(), "innovationsmotor-bench-pg-"));
  const asPostgres = (cmd: string, args: string[]) => execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args], { stdio: "ignore" });
  execFileSync("chown", ["postgres:postgres", data]); // initdb runs as postgres and needs the folder
  asPostgres("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  asPostgres("pg_ctl", ["-D", data, "-l", path.join(data, "server.log"), "-w", "-o", `-p ${port} -k /tmp -c listen_addresses=127.0.0.1`, "start"]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      asPostgres("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      rmSync(data, { recursive: true, force: true });
    },
  };
}
