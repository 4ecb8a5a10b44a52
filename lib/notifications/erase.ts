// For erasing or anonymising a user (lib/privacy): a notice holds only the recipient's id, the kind
// of event, the ids of the rows it links to and timestamps — no names, addresses or text — so a
// user's notices and choices are simply deleted with them. Runs in the caller's transaction.
import type { Prisma } from "../generated/prisma/client";

export async function eraseNotificationsOf(
  tx: Prisma.TransactionClient,
  userId: number,
): Promise<{ notifications: number; preferences: number }> {
  const notifications = await tx.notification.deleteMany({ where: { userId } });
  const preferences = await tx.notificationPreference.deleteMany({ where: { userId } });
  return { notifications: notifications.count, preferences: preferences.count };
}
