// All demo pilots, both communities, grouped by where they are in their story. story.ts derives
// the money and state from each, write-pilot.ts the rows.
import type { PilotSpec } from "./types";
import { GOVTECH_ADOPTED } from "./pilots-govtech-adopted";
import { GOVTECH_SCALE } from "./pilots-govtech-scale";
import { GOVTECH_DEMONSTRATION } from "./pilots-govtech-demonstration";
import { GOVTECH_STOPPED } from "./pilots-govtech-stopped";
import { GOVTECH_TEST } from "./pilots-govtech-test";
import { GOVTECH_DRAFTS } from "./pilots-govtech-drafts";
import { FDD_ADOPTED } from "./pilots-fdd-adopted";
import { FDD_RUNNING } from "./pilots-fdd-running";
import { FDD_GATES } from "./pilots-fdd-gates";
import { FDD_STOPPED } from "./pilots-fdd-stopped";
import { FDD_YOUNG } from "./pilots-fdd-young";

export const DEMO_PILOTS: PilotSpec[] = [
  ...GOVTECH_ADOPTED,
  ...GOVTECH_SCALE,
  ...GOVTECH_DEMONSTRATION,
  ...GOVTECH_STOPPED,
  ...GOVTECH_TEST,
  ...GOVTECH_DRAFTS,
  ...FDD_ADOPTED,
  ...FDD_RUNNING,
  ...FDD_GATES,
  ...FDD_STOPPED,
  ...FDD_YOUNG,
];
