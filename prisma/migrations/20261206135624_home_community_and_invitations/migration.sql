-- AlterTable
ALTER TABLE "User" ADD COLUMN     "homeCommunityId" INTEGER;

-- CreateTable
CREATE TABLE "CommunityInvitation" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "roles" "Role"[],
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "accepted" BOOLEAN,

    CONSTRAINT "CommunityInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommunityInvitation_email_idx" ON "CommunityInvitation"("email");

-- CreateIndex
CREATE INDEX "CommunityInvitation_communityId_idx" ON "CommunityInvitation"("communityId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_homeCommunityId_fkey" FOREIGN KEY ("homeCommunityId") REFERENCES "Community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityInvitation" ADD CONSTRAINT "CommunityInvitation_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: the home of an existing user is the community of their first role.
UPDATE "User" u SET "homeCommunityId" = (
  SELECT r."communityId" FROM "RoleAssignment" r WHERE r."userId" = u.id ORDER BY r.id LIMIT 1
) WHERE u."homeCommunityId" IS NULL;
