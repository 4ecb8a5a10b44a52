-- CreateEnum
CREATE TYPE "IdeaStatus" AS ENUM ('PROPOSED', 'PILOT', 'SHELVED', 'DECLINED');

-- CreateEnum
CREATE TYPE "RiskStatus" AS ENUM ('OPEN', 'MITIGATED', 'OCCURRED', 'CLOSED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'EVIDENCE_MISSING';
ALTER TYPE "NotificationKind" ADD VALUE 'IDEA_REVIEW_DUE';

-- AlterTable
ALTER TABLE "Community" ADD COLUMN     "evidenceSharePercent" INTEGER NOT NULL DEFAULT 60;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "ideaId" INTEGER,
ALTER COLUMN "pilotId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Phase" ADD COLUMN     "evidenceCrossings" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "evidenceFlaggedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Pilot" ADD COLUMN     "challengeId" INTEGER;

-- CreateTable
CREATE TABLE "Challenge" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "affects" TEXT NOT NULL,
    "costKroner" INTEGER,
    "costHours" INTEGER,
    "existingData" TEXT NOT NULL DEFAULT '',
    "domains" TEXT[],
    "sdgs" INTEGER[],
    "visibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeCosponsor" (
    "challengeId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeCosponsor_pkey" PRIMARY KEY ("challengeId","organisationId")
);

-- CreateTable
CREATE TABLE "Idea" (
    "id" SERIAL NOT NULL,
    "challengeId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "technologies" TEXT[],
    "supplier" TEXT,
    "roughCost" INTEGER,
    "proposedById" INTEGER NOT NULL,
    "status" "IdeaStatus" NOT NULL DEFAULT 'PROPOSED',
    "reason" TEXT,
    "reviewOn" DATE,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "pilotId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Idea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdeaComment" (
    "id" SERIAL NOT NULL,
    "ideaId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeSearch" (
    "challengeId" INTEGER NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "ChallengeSearch_pkey" PRIMARY KEY ("challengeId")
);

-- CreateTable
CREATE TABLE "Risk" (
    "id" SERIAL NOT NULL,
    "pilotId" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "probability" INTEGER NOT NULL,
    "consequence" INTEGER NOT NULL,
    "owner" TEXT NOT NULL,
    "mitigation" TEXT NOT NULL DEFAULT '',
    "status" "RiskStatus" NOT NULL DEFAULT 'OPEN',
    "reviewedAt" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Challenge_communityId_createdAt_idx" ON "Challenge"("communityId", "createdAt");

-- CreateIndex
CREATE INDEX "Challenge_organisationId_idx" ON "Challenge"("organisationId");

-- CreateIndex
CREATE INDEX "Challenge_visibility_idx" ON "Challenge"("visibility");

-- CreateIndex
CREATE INDEX "ChallengeCosponsor_organisationId_idx" ON "ChallengeCosponsor"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Idea_pilotId_key" ON "Idea"("pilotId");

-- CreateIndex
CREATE INDEX "Idea_challengeId_idx" ON "Idea"("challengeId");

-- CreateIndex
CREATE INDEX "Idea_status_reviewOn_idx" ON "Idea"("status", "reviewOn");

-- CreateIndex
CREATE INDEX "IdeaComment_ideaId_createdAt_idx" ON "IdeaComment"("ideaId", "createdAt");

-- CreateIndex
CREATE INDEX "ChallengeSearch_document_idx" ON "ChallengeSearch" USING GIN ("document");

-- CreateIndex
CREATE INDEX "Risk_pilotId_status_idx" ON "Risk"("pilotId", "status");

-- CreateIndex
CREATE INDEX "Risk_status_idx" ON "Risk"("status");

-- CreateIndex
CREATE INDEX "Notification_ideaId_idx" ON "Notification"("ideaId");

-- CreateIndex
CREATE INDEX "Pilot_challengeId_idx" ON "Pilot"("challengeId");

-- AddForeignKey
ALTER TABLE "Pilot" ADD CONSTRAINT "Pilot_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeCosponsor" ADD CONSTRAINT "ChallengeCosponsor_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeCosponsor" ADD CONSTRAINT "ChallengeCosponsor_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeCosponsor" ADD CONSTRAINT "ChallengeCosponsor_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaComment" ADD CONSTRAINT "IdeaComment_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaComment" ADD CONSTRAINT "IdeaComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeSearch" ADD CONSTRAINT "ChallengeSearch_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the rules the database holds whatever the app does (decision 0026).
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_probability_check" CHECK ("probability" BETWEEN 1 AND 5);
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_consequence_check" CHECK ("consequence" BETWEEN 1 AND 5);
ALTER TABLE "Community" ADD CONSTRAINT "Community_evidenceSharePercent_check" CHECK ("evidenceSharePercent" BETWEEN 1 AND 100);
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_costs_check" CHECK (coalesce("costKroner", 0) >= 0 AND coalesce("costHours", 0) >= 0);
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_roughCost_check" CHECK (coalesce("roughCost", 0) >= 0);
-- A pilot draft made from an idea names it; nothing else carries a pilot.
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_pilot_check" CHECK (("status" = 'PILOT') = ("pilotId" IS NOT NULL));
-- Every notice is about a pilot or (a shelved idea's reminder) an idea.
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_subject_check" CHECK ("pilotId" IS NOT NULL OR "ideaId" IS NOT NULL);

-- A challenge's search document, kept by the database like the pilots' (migration …_search): title A,
-- the problem and who it affects B, the data and domains C. Deletes need no trigger (ON DELETE CASCADE).
CREATE FUNCTION "challenge_document"(title text, problem text, affects text, data text, domains text[]) RETURNS tsvector AS $$
  SELECT setweight(to_tsvector('danish', title), 'A')
      || setweight(to_tsvector('danish', concat_ws(E'\n', problem, affects)), 'B')
      || setweight(to_tsvector('danish', concat_ws(E'\n', data, array_to_string(domains, ', '))), 'C')
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION "challenge_on_write"() RETURNS trigger AS $$
BEGIN
  INSERT INTO "ChallengeSearch" ("challengeId", "document")
  VALUES (NEW.id, "challenge_document"(NEW.title, NEW.problem, NEW.affects, NEW."existingData", NEW.domains))
  ON CONFLICT ("challengeId") DO UPDATE SET "document" = EXCLUDED."document";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Challenge_search" AFTER INSERT OR UPDATE OF "title", "problem", "affects", "existingData", "domains" ON "Challenge"
  FOR EACH ROW EXECUTE FUNCTION "challenge_on_write"();
