// The signed-in user for every request, in one hand-written statement. Prisma's nested read of the same
// columns (relationJoins: a LATERAL JSON aggregate per relation) costs ~8 ms per request on embedded
// PGlite against ~2 ms for this one, and every page pays it (issue 22, docs/performance.md).
// tests/integration/auth/session-read.test.ts holds it to the Prisma read for every demo user.
import type { PrismaClient } from "../generated/prisma/client";
import type { SessionUser } from "./session";
import { MAX_ID } from "../validation";

type Row = Omit<SessionUser, "organisation" | "roles" | "apiToken"> & {
  sessionVersion: number;
  organisation: SessionUser["organisation"];
  roles: SessionUser["roles"];
};

export async function readSessionUser(db: Pick<PrismaClient, "$queryRaw">, id: number): Promise<Row | null> {
  if (!Number.isInteger(id) || id < 1 || id > MAX_ID) return null; // no such user; the column is an int
  const rows = await db.$queryRaw<Row[]>`
    SELECT u."id", u."name", u."email", u."isPlatformAdmin", u."deactivatedAt", u."sessionVersion",
      json_build_object('id', o."id", 'name', o."name", 'kind', o."kind") AS "organisation",
      COALESCE((
        SELECT json_agg(json_build_object(
          'role', r."role", 'communityId', r."communityId",
          'community', json_build_object('slug', c."slug", 'name', c."name")) ORDER BY r."id")
        FROM "RoleAssignment" r JOIN "Community" c ON c."id" = r."communityId"
        WHERE r."userId" = u."id"
      ), '[]'::json) AS "roles"
    FROM "User" u JOIN "Organisation" o ON o."id" = u."organisationId"
    WHERE u."id" = ${id}`;
  return rows[0] ?? null;
}
