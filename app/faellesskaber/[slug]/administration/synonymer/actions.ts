"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { deleteSynonymGroupSchema, synonymGroupSchema } from "@/lib/search/synonym-schema";
import { deleteSynonymGroup, saveSynonymGroup } from "@/lib/search/synonyms";

export const saveSynonymGroupAction = action(synonymGroupSchema, async (input, user) => {
  await saveSynonymGroup(user, input);
  revalidatePath("/faellesskaber/[slug]/administration/synonymer", "page");
  return input.groupId === undefined ? "search.synonyms.created" : "search.synonyms.saved";
});

export const deleteSynonymGroupAction = action(deleteSynonymGroupSchema, async (input, user) => {
  await deleteSynonymGroup(user, input);
  revalidatePath("/faellesskaber/[slug]/administration/synonymer", "page");
  return "search.synonyms.deleted";
});
