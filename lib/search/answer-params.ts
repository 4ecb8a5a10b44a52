// GET /api/v1/answers: the search text, which kinds, and the page. A bad value is a 400, not a default.
import { z } from "zod";
import { ANSWER_VIEWS } from "./params";

export const MAX_ANSWER_PAGE_SIZE = 100;

export const answerListSchema = z.object({
  q: z
    .string({ error: "search.answers.api.qRequired" })
    .trim()
    .min(1, "search.answers.api.qRequired")
    .max(200, "pilotPage.api.qTooLong"),
  indhold: z.enum(ANSWER_VIEWS, { error: "search.answers.api.kindInvalid" }).optional(),
  page: z.coerce
    .number({ error: "pilotPage.api.pageInvalid" })
    .int("pilotPage.api.pageInvalid")
    .min(1, "pilotPage.api.pageInvalid")
    .max(100_000, "pilotPage.api.pageInvalid")
    .default(1),
  pageSize: z.coerce
    .number({ error: "pilotPage.api.pageSizeInvalid" })
    .int("pilotPage.api.pageSizeInvalid")
    .min(1, "pilotPage.api.pageSizeInvalid")
    .max(MAX_ANSWER_PAGE_SIZE, "pilotPage.api.pageSizeInvalid")
    .default(20),
});
export type AnswerListQuery = z.output<typeof answerListSchema>;
