-- CreateEnum
CREATE TYPE "SynonymScope" AS ENUM ('COMMUNITY', 'ALL');

-- CreateTable
CREATE TABLE "SynonymGroup" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "scope" "SynonymScope" NOT NULL DEFAULT 'COMMUNITY',
    "words" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SynonymGroup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SynonymGroup_communityId_idx" ON "SynonymGroup"("communityId");

-- CreateIndex
CREATE INDEX "SynonymGroup_scope_idx" ON "SynonymGroup"("scope");

-- AddForeignKey
ALTER TABLE "SynonymGroup" ADD CONSTRAINT "SynonymGroup_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;
