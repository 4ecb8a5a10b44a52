// GET /api/v1/answers: lessons, stop reports and results as search hits of their own, each with its
// pilot; the same answers and order as the catalogue's "Indhold" view (lib/search/answers.ts).
import { z } from "zod";
import { answerListSchema } from "../../search/answer-params";
import { component, route } from "./registry";

const answerSchema = component(
  "Answer",
  z.object({
    kind: z.enum(["lesson", "stop_report", "result"]),
    id: z.int(),
    title: z.string(),
    excerpt: z.string().meta({ description: "The part of its text that matches the search" }),
    date: z.iso.date(),
    pilot: z.object({ id: z.int(), title: z.string() }),
    url: z.string().meta({ description: "Where a reader opens it: on its pilot's lessons or results page" }),
  }),
);

export const answerListSchemaOut = component(
  "AnswerList",
  z.object({ items: z.array(answerSchema), total: z.int(), page: z.int(), pageSize: z.int() }),
);

export const answerRoutes = [
  route({
    operationId: "listAnswers",
    summary: "search.answers.api.summary",
    method: "get",
    path: "/answers",
    tag: "pilots",
    access: "optional",
    query: answerListSchema,
    success: { status: 200, schema: answerListSchemaOut },
    errors: [400],
  }),
];
