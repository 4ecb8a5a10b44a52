"use server";
// "Spredning og drift" on the pilot page. Thin: the wrapper parses with each form's schema and
// injects the user; lib/spread, lib/operations and lib/benefits decide who may and when.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { closeWindowSchema, interestSchema, offerSchema, withdrawSchema } from "@/lib/spread/schemas";
import { openSpreadOffer } from "@/lib/spread/offers";
import { declareInterest, withdrawInterest } from "@/lib/spread/interests";
import { closeSpreadWindow } from "@/lib/spread/commit";
import { operationSchema } from "@/lib/operations/schemas";
import { saveOperation } from "@/lib/operations/manage";
import { ownerSchema, profileSchema, realisationImportSchema, realisationSchema } from "@/lib/benefits/schemas";
import { createProfile, saveOwner } from "@/lib/benefits/manage";
import { importRealisations } from "@/lib/benefits/import";
import { recordRealisations } from "@/lib/benefits/realisations";
import { packSchema } from "@/lib/procurement/schemas";
import { savePack } from "@/lib/procurement/pack";

function refresh() {
  revalidatePath("/piloter", "layout");
  revalidatePath("/", "layout");
}

export const openOfferAction = action(offerSchema, async (input, user) => {
  await openSpreadOffer(user, input);
  refresh();
  return "spreadPage.openForm.opened";
});

export const closeWindowAction = action(closeWindowSchema, async ({ offerId, requestKey }, user) => {
  await closeSpreadWindow(user, offerId, requestKey);
  refresh();
  return "spreadPage.close.done";
});

export const declareInterestAction = action(interestSchema, async (input, user) => {
  await declareInterest(user, input);
  refresh();
  return "spreadPage.interest.declared";
});

export const withdrawInterestAction = action(withdrawSchema, async ({ pilotId }, user) => {
  await withdrawInterest(user, pilotId);
  refresh();
  return "spreadPage.interest.withdrawn";
});

export const saveOperationAction = action(operationSchema, async (input, user) => {
  await saveOperation(user, input);
  refresh();
  return "spreadPage.operations.saved";
});

export const recordRealisationAction = action(
  realisationSchema,
  async ({ profileId, organisationId, period, value, note }, user) => {
    // One value by hand: the batch's field names become the form's own.
    await recordRealisations(user, profileId, [{ organisationId, period, value, note }], {
      source: "MANUAL",
      field: (_i, key) => key,
    });
    refresh();
    return "spreadPage.benefits.saved";
  },
);

export const savePackAction = action(packSchema, async (input, user) => {
  await savePack(user, input);
  refresh();
  return "spreadPage.pack.saved";
});

export const importRealisationsAction = action(realisationImportSchema, async ({ profileId, csv }, user) => {
  await importRealisations(user, profileId, csv);
  refresh();
  return "benefits.import.done";
});

export const createProfileAction = action(profileSchema, async (input, user) => {
  await createProfile(user, input);
  refresh();
  return "spreadPage.plan.profileSaved";
});

export const saveOwnerAction = action(ownerSchema, async (input, user) => {
  await saveOwner(user, input);
  refresh();
  return "spreadPage.plan.ownerSaved";
});
