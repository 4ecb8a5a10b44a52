// The two places a member asks the search something, as rankers for measure.ts: the catalogue
// (/piloter?q=, first page, default view) and "Hvem har prøvet det?" (/hvem-har-proevet?q=). An entry
// is a pilot with the lessons and results it shows under it.
import type { SessionUser } from "../../lib/auth/session";
import { searchCatalogue } from "../../lib/search/catalogue";
import { parseCatalogueParams } from "../../lib/search/params";
import { whoTried } from "../../lib/search/who-tried";
import type { AnswerHit } from "../../lib/search/answers";
import type { Ranker } from "./measure";

const key = (a: AnswerHit) => `${a.kind === "result" ? "result" : "lesson"}:${a.id}`;

export function catalogueRanker(user: SessionUser | null): Ranker {
  return async (q) =>
    (await searchCatalogue(user, parseCatalogueParams({ q }))).hits.map((h) => ({
      pilotId: h.id,
      items: [`pilot:${h.id}`, ...h.answers.map(key)],
    }));
}

export function whoTriedRanker(user: SessionUser | null): Ranker {
  return async (q) =>
    (await whoTried(user, { q })).pilots.map((p) => ({
      pilotId: p.id,
      items: [`pilot:${p.id}`, ...p.answers.map(key)],
    }));
}
