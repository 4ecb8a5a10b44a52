// GET /api/v1/answers?q=&indhold=&page=&pageSize=: lessons, stop reports and results that answer a
// search, each with its pilot (lib/search/answers.ts). Only what the caller may see: anonymous callers
// get those of public pilots, a token those of its scope.
import "server-only";
import { NextResponse } from "next/server";
import type { SessionUser } from "../auth/session";
import { answerHref, searchAnswers } from "../search/answers";
import { answerListSchema } from "../search/answer-params";
import { ANSWER_VIEWS } from "../search/params";
import { splitMarks } from "../search/query";

import { badParams } from "./pilots";
const plain = (s: string) =>
  splitMarks(s)
    .map((p) => p.text)
    .join("");
const KIND = { lesson: "lesson", stopReport: "stop_report", result: "result" } as const;

export async function listAnswersResponse(req: Request, user: SessionUser | null) {
  const url = new URL(req.url);
  const parsed = answerListSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) throw badParams(parsed.error.issues);
  const { q, indhold, page, pageSize } = parsed.data;
  const { items, total } = await searchAnswers(user, q, indhold ? [indhold] : ANSWER_VIEWS, { page, pageSize });
  return NextResponse.json({
    items: items.map((a) => ({
      kind: KIND[a.kind],
      id: a.id,
      title: plain(a.title),
      excerpt: plain(a.snippet),
      date: a.date.toISOString().slice(0, 10),
      pilot: a.pilot,
      url: `${url.origin}${answerHref(a)}`,
    })),
    total,
    page,
    pageSize,
  });
}
