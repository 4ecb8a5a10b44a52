// The catalogue's lessons and results (its "Indhold" view) as a file: the same answers, in the same
// order and with the same visibility as /piloter shows them, one row each with its pilot.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import type { MessageKey, Translate } from "../i18n/messages";
import { factsCte, filteredFacets, filtersSql } from "./facts";
import { answerHref, answerPage } from "./answers";
import { splitMarks } from "./query";
import type { CatalogueParams } from "./params";
import type { PreparedSearch } from "./prepare";

import type { Table } from "../exports/table";
const plain = (s: string) =>
  splitMarks(s)
    .map((p) => p.text)
    .join("");

export async function answersTable(
  user: SessionUser | null,
  p: CatalogueParams,
  search: PreparedSearch,
  t: Translate,
  origin: string,
  limit: number,
): Promise<Table> {
  const pilots = Prisma.sql`${factsCte(user, search.match, filteredFacets(p.filters), false)}, pilots AS (SELECT id FROM facts WHERE ${filtersSql(p.filters)})`;
  const answers = await answerPage(user, pilots, search, p.show ?? [], 1, limit);
  const c = (k: string) => t(`search.answers.export.${k}` as MessageKey);
  return {
    name: c("sheetName"),
    columns: [
      { header: c("kind"), kind: "text" },
      { header: c("title"), kind: "text" },
      { header: c("date"), kind: "date" },
      { header: c("pilotId"), kind: "id" },
      { header: c("pilot"), kind: "text" },
      { header: c("excerpt"), kind: "text" },
      { header: c("link"), kind: "text" },
    ],
    rows: answers.map((a) => [
      t(`search.answers.kind.${a.kind}` as MessageKey),
      plain(a.title),
      a.date.toISOString().slice(0, 10),
      a.pilot.id,
      a.pilot.title,
      plain(a.snippet),
      `${origin}${answerHref(a)}`,
    ]),
  };
}
