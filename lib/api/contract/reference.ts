// Reference data anyone may read: municipalities (DAWA's list, FOLK1A population) and communities.
import { z } from "zod";
import { component, route } from "./registry";

export const municipalitySchema = component(
  "Municipality",
  z.object({
    code: z.int().meta({ description: "kommunekode, e.g. 751 Aarhus" }),
    name: z.string(),
    regionCode: z.int().meta({ description: "1081–1085" }),
    regionName: z.string(),
    population: z.int().meta({ description: "Danmarks Statistik FOLK1A" }),
  }),
);
export const municipalityListSchema = component("MunicipalityList", z.array(municipalitySchema));

/** The route validates the path with this, so the document and the 400 agree. */
export const municipalityParams = z.object({
  code: z
    .string()
    .regex(/^\d{3}$/)
    .meta({ description: "Three-digit kommunekode, e.g. 751" }),
});

export const communitySchema = component(
  "Community",
  z.object({
    id: z.int(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    website: z.string().nullable(),
    secretariat: z.string().meta({ description: "The organisation that runs the community's secretariat" }),
    memberCount: z.int().meta({ description: "Active member organisations" }),
  }),
);
export const communityListSchema = component("CommunityList", z.array(communitySchema));
export type CommunityItem = z.infer<typeof communitySchema>;

export const referenceRoutes = [
  route({
    operationId: "listMunicipalities",
    summary: "api.routes.listMunicipalities",
    method: "get",
    path: "/municipalities",
    tag: "reference",
    access: "public",
    success: { status: 200, schema: municipalityListSchema },
    errors: [],
  }),
  route({
    operationId: "getMunicipality",
    summary: "api.routes.getMunicipality",
    method: "get",
    path: "/municipalities/{code}",
    tag: "reference",
    access: "public",
    params: municipalityParams,
    success: { status: 200, schema: municipalitySchema },
    errors: [400, 404],
  }),
  route({
    operationId: "listCommunities",
    summary: "api.routes.listCommunities",
    method: "get",
    path: "/communities",
    tag: "reference",
    access: "public",
    success: { status: 200, schema: communityListSchema },
    errors: [],
  }),
];
