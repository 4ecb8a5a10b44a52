// Every /api/v1 route, in the order the document and the API page list them. This is the hook for
// new routes: describe them in a file beside these (schemas + `route({...})`), add one spread here,
// and the OpenAPI document, the API page (/api-dokumentation) and the contract test pick them up.
// tests/integration/api/contract.test.ts fails if a route file under app/api/v1 is missing here.
import type { RouteDoc } from "./registry";
import { metaRoutes } from "./meta";
import { pilotRoutes } from "./pilots";
import { portfolioRoutes } from "./portfolio";
import { referenceRoutes } from "./reference";
import { resultRoutes } from "./results";
import { kpiRoutes } from "./kpis";
import { catalogueRoutes } from "./catalogue";
import { pushRoutes } from "./push";
import { siteRoutes } from "./sites";
import { openDataRoutes } from "./open-data";
import { frontRoutes } from "./front";
import { answerRoutes } from "./answers";
import { spreadRoutes } from "./spread";

export const API_ROUTES: readonly RouteDoc[] = [
  ...pilotRoutes,
  ...catalogueRoutes,
  ...answerRoutes,
  ...resultRoutes,
  ...kpiRoutes,
  ...pushRoutes,
  ...siteRoutes,
  ...spreadRoutes,
  ...frontRoutes,
  ...openDataRoutes,
  ...portfolioRoutes,
  ...referenceRoutes,
  ...metaRoutes,
];
