"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { markAllRead, markRead } from "@/lib/notifications/queries";

import { MAX_ID } from "@/lib/validation";
export const markReadAction = action(
  z.object({ id: z.coerce.number().int().positive().max(MAX_ID) }),
  async ({ id }, user) => {
    await markRead(user, id);
    revalidatePath("/", "layout"); // the bell's count is in the layout
    return "notifications.markedRead";
  },
);

export const markAllReadAction = action(z.object({}), async (_input, user) => {
  await markAllRead(user);
  revalidatePath("/", "layout");
  return "notifications.allMarkedRead";
});
