// The demo data (33 pilots in every state) on a fresh database, and its people as session users, so
// the pilot page's queries are tested against the same rich data the demo shows.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { sessionUserSelect, type SessionUser } from "../../../lib/auth/session";
import { seedReference } from "../../../prisma/seed/reference";
import { seedDemo } from "../../../prisma/seed/demo";

export const EMAILS = {
  admin: "admin@innovationsmotor.example",
  gtmSecretariat: "sekretariat@govtech-midt.example",
  gtmLead: "projektleder@aarhus.example", // GovTech lead, and member of FDD
  viborgLead: "projektleder@viborg.example",
  gtmMember: "medlem@silkeborg.example",
  fddLead: "projektleder@ishoej.example",
  fddMember: "medlem@vallensbaek.example",
} as const;

export type DemoWorld = Awaited<ReturnType<typeof seedDemoWorld>>;

export async function seedDemoWorld(prisma: PrismaClient) {
  await seedReference(prisma);
  await seedDemo(prisma);
  const users = {} as Record<keyof typeof EMAILS, SessionUser>;
  for (const [key, email] of Object.entries(EMAILS)) {
    users[key as keyof typeof EMAILS] = await prisma.user.findUniqueOrThrow({
      where: { email },
      select: sessionUserSelect,
    });
  }
  const pilot = (title: string) =>
    prisma.pilot.findFirstOrThrow({
      where: { title },
      select: { id: true, status: true, visibility: true, communityId: true, projectLeadId: true },
    });
  const gtm = await prisma.community.findUniqueOrThrow({
    where: { slug: "govtech-midtjylland" },
    select: { id: true },
  });
  return {
    users,
    gtmId: gtm.id,
    // A GovTech draft led from Viborg: its team and GovTech's secretariat see it, nobody else.
    gtmDraft: await pilot("Droneinspektion af kommunale tage og broer"),
    // Running, members-only, led by the Aarhus project lead.
    aarhusRunning: await pilot("AI-assisteret journalisering og resumé i socialforvaltningen"),
    // Adopted and public.
    publicAdopted: await pilot("Vandstandssensorer og varsling af oversvømmelse langs Gudenåen"),
  };
}
