// POST /api/v1/push/{id}: an IoT platform (OS2iot's HTTP push data target, or anything that can POST
// JSON) delivers its own body; the target's mapping turns it into measurements of one KPI. The body
// has no fixed shape — that is the point — so the document describes it as any JSON.
import { z } from "zod";
import { idParams } from "./common";
import { component, route } from "./registry";

const refusedSchema = z.object({
  index: z.int().meta({ description: "The reading's position in the body (0-based)" }),
  reason: z.string().meta({
    description:
      "valueMissing, valueNotNumber, valueTooLarge, timeInvalid, timeFuture, deviceMissing, deviceNotAllowed, conflict",
  }),
  message: z.string(),
});

export const pushAnswerSchema = component(
  "PushDelivery",
  z.object({
    deliveryId: z.int().meta({ description: "The delivery's row in the KPI page's \"senest modtaget\" log" }),
    kpiId: z.int(),
    received: z.int().meta({ description: "Readings found in the body" }),
    stored: z.int().meta({ description: "Readings stored by this delivery" }),
    alreadyStored: z.int().meta({
      description:
        "Readings skipped: the same (device, time) was already stored with the same value, or came twice in this body",
    }),
    flagged: z.int().meta({ description: "Stored readings outside the KPI's plausible range (stored, marked)" }),
    refused: z.array(refusedSchema).meta({ description: "Readings not stored and why (the first 20)" }),
  }),
);
export type PushAnswer = z.infer<typeof pushAnswerSchema>;

const anyJson = z.unknown().meta({
  description:
    "Any JSON: a decoder's output, a raw ChirpStack uplink, an object or an array of readings (at most 1,000, at most 1 MiB)",
});

export const pushRoutes = [
  route({
    operationId: "pushReadings",
    summary: "push.api.route",
    method: "post",
    path: "/push/{id}",
    tag: "push",
    access: "push",
    params: idParams,
    body: anyJson,
    success: { status: 200, schema: pushAnswerSchema },
    errors: [400, 409, 413, 422],
  }),
];
