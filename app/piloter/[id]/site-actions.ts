"use server";
// Sites on the pilot page. Thin: the wrapper parses with the form's schema and injects the user;
// lib/sites decides who may and which organisations a site may belong to.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { addSiteSchema, removeSiteSchema } from "@/lib/sites/schemas";
import { addSite, removeSite } from "@/lib/sites/manage";

function refresh() {
  revalidatePath("/piloter/[id]", "layout");
  revalidatePath("/portefoelje/kort");
}

export const addSiteAction = action(addSiteSchema, async (input, user) => {
  await addSite(user, input);
  refresh();
  return "sites.added";
});

export const removeSiteAction = action(removeSiteSchema, async ({ siteId }, user) => {
  await removeSite(user, siteId);
  refresh();
  return "sites.removed";
});
