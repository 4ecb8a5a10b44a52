// The risk form's one schema: form, server action, API and tests. Probability and consequence are
// whole numbers 1–5 (the database holds the same in a CHECK); the review day is not in the future.
import { z } from "zod";
import { idSchema, optionalText, pastDay, text } from "../validation";

import { RISK_STATUSES } from "./choices";
export { RISK_STATUSES };

const level = (message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
    z.number({ error: message }).int(message).min(1, message).max(5, message),
  );

export const riskSchema = z.object({
  pilotId: idSchema("errors.notFound"),
  /** Absent: a new risk. Present: the risk reviewed, with the version the form was opened on. */
  riskId: z.preprocess((v) => (v === "" ? undefined : v), idSchema("errors.notFound").optional()),
  version: z.preprocess((v) => (v === "" ? undefined : v), idSchema("risks.errors.stale").optional()),
  description: text("risks.errors.descriptionRequired", "risks.errors.textTooLong", 2000),
  probability: level("risks.errors.probability"),
  consequence: level("risks.errors.consequence"),
  owner: text("risks.errors.ownerRequired", "risks.errors.ownerTooLong", 120),
  mitigation: optionalText("risks.errors.textTooLong", 2000),
  status: z.enum(RISK_STATUSES, { error: "risks.errors.statusRequired" }),
  reviewedAt: pastDay("risks.errors.reviewedRequired", "risks.errors.dateInvalid", "risks.errors.reviewedFuture"),
});
export type RiskInput = z.infer<typeof riskSchema>;
