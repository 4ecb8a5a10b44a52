// The highlighted excerpt shown under a hit: cut by ts_headline from the first part of the pilot's
// story that matches — its problem, a stop report, a lesson, a result, a gate rationale — so the
// reader also sees where the words were found. Only ever run for the page of hits on screen.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { HEADLINE_MARKERS } from "./query";

export const SNIPPET_SOURCES = ["problem", "stopReport", "lessons", "results", "decisions"] as const;
export type SnippetSource = (typeof SNIPPET_SOURCES)[number];

const HEADLINE_OPTIONS = `MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … ", ${HEADLINE_MARKERS}`;

// The highlight markers must come from ts_headline only, never from the stored text itself.
const clean = (sql: Prisma.Sql) => Prisma.sql`translate(${sql}, E'\\x02\\x03', '')`;

const lessons = (kind: "STOP_REPORT" | "LESSON") =>
  Prisma.sql`(SELECT string_agg(concat_ws(E'\\n', l.title, l."whatWeLearned", l."whatWeDid", l."wouldDoDifferently"), E'\\n' ORDER BY l.id)
               FROM "Lesson" l WHERE l."pilotId" = p.id AND l.kind = ${kind}::"LessonKind")`;

/** `ARRAY[source, headline]` for the Pilot row `p`, or NULL when no part matches `tsquery`. */
export function snippetSql(tsquery: string): Prisma.Sql {
  return Prisma.sql`(SELECT ARRAY[sec.kind, ts_headline('danish', sec.body, ${tsquery}::tsquery, ${HEADLINE_OPTIONS})]
      FROM (VALUES
        (1, 'problem', ${clean(Prisma.sql`concat_ws(E'\\n', p.problem, p.hypothesis)`)}),
        (2, 'stopReport', ${clean(lessons("STOP_REPORT"))}),
        (3, 'lessons', ${clean(lessons("LESSON"))}),
        (4, 'results', ${clean(Prisma.sql`(SELECT string_agg(concat_ws(E'\\n', r.title, r.body), E'\\n' ORDER BY r."occurredOn", r.id)
                                             FROM "ResultEntry" r JOIN "Phase" ph ON ph.id = r."phaseId" WHERE ph."pilotId" = p.id)`)}),
        (5, 'decisions', ${clean(Prisma.sql`(SELECT string_agg(d.rationale, E'\\n' ORDER BY d."decidedAt", d.id)
                                               FROM "GateDecision" d JOIN "GateReview" gr ON gr.id = d."reviewId"
                                               JOIN "Phase" ph ON ph.id = gr."phaseId" WHERE ph."pilotId" = p.id)`)})
      ) AS sec(pos, kind, body)
     WHERE sec.body IS NOT NULL AND to_tsvector('danish', sec.body) @@ ${tsquery}::tsquery
     ORDER BY sec.pos LIMIT 1)`;
}

/** The title with every match marked. */
export function titleHeadlineSql(tsquery: string): Prisma.Sql {
  return Prisma.sql`ts_headline('danish', ${clean(Prisma.sql`p.title`)}, ${tsquery}::tsquery, ${`HighlightAll=true, ${HEADLINE_MARKERS}`})`;
}
