// How a DATABASE_URL becomes pg's connection settings (lib/db/connect.ts): TCP by default, a Unix
// socket with libpq's ?host=/dir convention, the pool size from ?connection_limit.
import { describe, expect, it } from "vitest";
import { pgConfig } from "../../lib/db/connect";

describe("pgConfig", () => {
  it("connects over TCP to the URL's host and port, with the pool's default size", () => {
    expect(pgConfig("postgresql://app:hemmelig%2F1@db.example:6543/innovation")).toMatchObject({
      host: "db.example",
      port: 6543,
      user: "app",
      password: "hemmelig/1",
      database: "innovation",
      max: 10,
    });
  });

  it("connects over a Unix socket when ?host names its directory, and sizes the pool from ?connection_limit", () => {
    expect(
      pgConfig("postgresql://postgres@localhost:5499/bench?host=/var/run/postgresql&connection_limit=40"),
    ).toMatchObject({ host: "/var/run/postgresql", port: 5499, database: "bench", max: 40 });
  });
});
