// The secretariats' synonym groups in the demo (lib/search/synonyms.ts): words their members use for
// the same thing, shared with every community or kept to the secretariat's own.
import type { Prisma } from "../../../lib/generated/prisma/client";
import type { CommunitySlug } from "./types";

type Group = { owner: CommunitySlug; scope: "COMMUNITY" | "ALL"; words: string[] };

export const DEMO_SYNONYMS: Group[] = [
  {
    owner: "faellesskab-for-dynamiske-data",
    scope: "ALL",
    words: ["skybrud", "ekstremregn", "kraftig regn", "styrtregn"],
  },
  { owner: "faellesskab-for-dynamiske-data", scope: "ALL", words: ["digital tvilling", "digital twin"] },
  { owner: "faellesskab-for-dynamiske-data", scope: "ALL", words: ["vandstandssensor", "vandstandsmåler"] },
  { owner: "faellesskab-for-dynamiske-data", scope: "COMMUNITY", words: ["stormflod", "højvande"] },
  { owner: "govtech-midtjylland", scope: "ALL", words: ["lora", "lorawan"] },
  { owner: "govtech-midtjylland", scope: "ALL", words: ["ai", "kunstig intelligens", "maskinlæring"] },
  { owner: "govtech-midtjylland", scope: "ALL", words: ["affaldsspand", "skraldespand"] },
  { owner: "govtech-midtjylland", scope: "ALL", words: ["plejebolig", "plejehjem", "plejecenter"] },
  { owner: "govtech-midtjylland", scope: "ALL", words: ["hjemmepleje", "hjemmehjælp"] },
  { owner: "govtech-midtjylland", scope: "COMMUNITY", words: ["iot", "sensorer"] },
  { owner: "govtech-midtjylland", scope: "COMMUNITY", words: ["gadebelysning", "gadelys", "vejbelysning"] },
];

export async function writeSynonyms(tx: Prisma.TransactionClient, communityIds: Record<CommunitySlug, number>) {
  await tx.synonymGroup.createMany({
    data: DEMO_SYNONYMS.map((g) => ({ communityId: communityIds[g.owner], scope: g.scope, words: g.words })),
  });
}
