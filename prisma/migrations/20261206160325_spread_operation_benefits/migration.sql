-- CreateEnum
CREATE TYPE "SpreadStatus" AS ENUM ('INTERESTED', 'COMMITTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "SpreadTrigger" AS ENUM ('SCALE_UP_GO', 'WINDOW_CLOSED');

-- CreateEnum
CREATE TYPE "OperationStatus" AS ENUM ('PLANNED', 'IN_OPERATION', 'RETIRED');

-- CreateEnum
CREATE TYPE "IotStatus" AS ENUM ('PROTOTYPE', 'PROJECT', 'IN_OPERATION');

-- CreateEnum
CREATE TYPE "BenefitFrequency" AS ENUM ('MONTHLY', 'QUARTERLY', 'YEARLY');

-- CreateEnum
CREATE TYPE "ProcurementRoute" AS ENUM ('INNOVATION_PARTNERSHIP', 'SKI_FRAMEWORK', 'JOINT_TENDER', 'BELOW_THRESHOLD');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'SPREAD_COMMITTED';

-- CreateTable
CREATE TABLE "SpreadOffer" (
    "id" SERIAL NOT NULL,
    "pilotId" INTEGER NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "buyInPercent" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" TIMESTAMP(3),
    "trigger" "SpreadTrigger",
    "decisionId" INTEGER,

    CONSTRAINT "SpreadOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpreadParticipant" (
    "id" SERIAL NOT NULL,
    "offerId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "status" "SpreadStatus" NOT NULL DEFAULT 'INTERESTED',
    "units" INTEGER NOT NULL,
    "goLiveOn" DATE NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "declaredById" INTEGER NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "committedAt" TIMESTAMP(3),
    "pledgeAmount" INTEGER,
    "buyInAmount" INTEGER NOT NULL DEFAULT 0,
    "buyInEntryId" INTEGER,

    CONSTRAINT "SpreadParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Operation" (
    "id" SERIAL NOT NULL,
    "pilotId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "status" "OperationStatus" NOT NULL DEFAULT 'PLANNED',
    "goLiveOn" DATE,
    "ownerUnit" TEXT NOT NULL,
    "ownerContact" TEXT NOT NULL,
    "yearlyCost" INTEGER NOT NULL DEFAULT 0,
    "iotApplicationId" INTEGER,
    "iotStatus" "IotStatus",
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Operation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenefitProfile" (
    "id" SERIAL NOT NULL,
    "pilotId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "BenefitKind" NOT NULL,
    "unit" TEXT NOT NULL,
    "baseline" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "frequency" "BenefitFrequency" NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenefitProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenefitOwner" (
    "profileId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "BenefitOwner_pkey" PRIMARY KEY ("profileId","organisationId")
);

-- CreateTable
CREATE TABLE "BenefitTarget" (
    "profileId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "pessimistic" DOUBLE PRECISION NOT NULL,
    "likely" DOUBLE PRECISION NOT NULL,
    "optimistic" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "BenefitTarget_pkey" PRIMARY KEY ("profileId","organisationId","year")
);

-- CreateTable
CREATE TABLE "BenefitRealisation" (
    "id" SERIAL NOT NULL,
    "profileId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "periodStart" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "source" "MeasurementSource" NOT NULL DEFAULT 'MANUAL',
    "note" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenefitRealisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcurementPack" (
    "pilotId" INTEGER NOT NULL,
    "route" "ProcurementRoute",
    "resultIds" INTEGER[],
    "lessonIds" INTEGER[],
    "notes" TEXT,
    "updatedById" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProcurementPack_pkey" PRIMARY KEY ("pilotId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SpreadOffer_decisionId_key" ON "SpreadOffer"("decisionId");

-- CreateIndex
CREATE INDEX "SpreadOffer_pilotId_idx" ON "SpreadOffer"("pilotId");

-- CreateIndex
CREATE UNIQUE INDEX "SpreadParticipant_buyInEntryId_key" ON "SpreadParticipant"("buyInEntryId");

-- CreateIndex
CREATE INDEX "SpreadParticipant_organisationId_idx" ON "SpreadParticipant"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "SpreadParticipant_offerId_organisationId_key" ON "SpreadParticipant"("offerId", "organisationId");

-- CreateIndex
CREATE INDEX "Operation_organisationId_idx" ON "Operation"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Operation_pilotId_organisationId_key" ON "Operation"("pilotId", "organisationId");

-- CreateIndex
CREATE INDEX "BenefitProfile_pilotId_idx" ON "BenefitProfile"("pilotId");

-- CreateIndex
CREATE INDEX "BenefitOwner_userId_idx" ON "BenefitOwner"("userId");

-- CreateIndex
CREATE INDEX "BenefitOwner_organisationId_idx" ON "BenefitOwner"("organisationId");

-- CreateIndex
CREATE INDEX "BenefitTarget_organisationId_idx" ON "BenefitTarget"("organisationId");

-- CreateIndex
CREATE INDEX "BenefitRealisation_organisationId_idx" ON "BenefitRealisation"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "BenefitRealisation_profileId_organisationId_periodStart_key" ON "BenefitRealisation"("profileId", "organisationId", "periodStart");

-- AddForeignKey
ALTER TABLE "SpreadOffer" ADD CONSTRAINT "SpreadOffer_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpreadOffer" ADD CONSTRAINT "SpreadOffer_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpreadOffer" ADD CONSTRAINT "SpreadOffer_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "GateDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpreadParticipant" ADD CONSTRAINT "SpreadParticipant_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "SpreadOffer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpreadParticipant" ADD CONSTRAINT "SpreadParticipant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpreadParticipant" ADD CONSTRAINT "SpreadParticipant_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpreadParticipant" ADD CONSTRAINT "SpreadParticipant_buyInEntryId_fkey" FOREIGN KEY ("buyInEntryId") REFERENCES "PoolEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Operation" ADD CONSTRAINT "Operation_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Operation" ADD CONSTRAINT "Operation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Operation" ADD CONSTRAINT "Operation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitProfile" ADD CONSTRAINT "BenefitProfile_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitProfile" ADD CONSTRAINT "BenefitProfile_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitOwner" ADD CONSTRAINT "BenefitOwner_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "BenefitProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitOwner" ADD CONSTRAINT "BenefitOwner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitOwner" ADD CONSTRAINT "BenefitOwner_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitTarget" ADD CONSTRAINT "BenefitTarget_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "BenefitProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitTarget" ADD CONSTRAINT "BenefitTarget_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitRealisation" ADD CONSTRAINT "BenefitRealisation_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "BenefitProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitRealisation" ADD CONSTRAINT "BenefitRealisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitRealisation" ADD CONSTRAINT "BenefitRealisation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementPack" ADD CONSTRAINT "ProcurementPack_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementPack" ADD CONSTRAINT "ProcurementPack_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Invariants Prisma cannot express (docs/decisions/0025). At most one offer per pilot waits for its
-- commitment, so "the" open offer is well defined and two can never both turn into pledges.
CREATE UNIQUE INDEX "SpreadOffer_one_uncommitted_per_pilot" ON "SpreadOffer"("pilotId") WHERE "committedAt" IS NULL;
ALTER TABLE "SpreadOffer" ADD CONSTRAINT "SpreadOffer_window_check" CHECK ("closesOn" >= "opensOn");
ALTER TABLE "SpreadOffer" ADD CONSTRAINT "SpreadOffer_buy_in_check" CHECK ("buyInPercent" BETWEEN 0 AND 100);
ALTER TABLE "SpreadOffer" ADD CONSTRAINT "SpreadOffer_committed_check" CHECK (("committedAt" IS NULL) = ("trigger" IS NULL));
-- A commitment is final: committed rows carry the moment and their pledge; money is whole kroner ≥ 0.
ALTER TABLE "SpreadParticipant" ADD CONSTRAINT "SpreadParticipant_units_check" CHECK ("units" > 0);
ALTER TABLE "SpreadParticipant" ADD CONSTRAINT "SpreadParticipant_money_check" CHECK ("buyInAmount" >= 0 AND coalesce("pledgeAmount", 0) >= 0);
ALTER TABLE "SpreadParticipant" ADD CONSTRAINT "SpreadParticipant_committed_check" CHECK (("status" = 'COMMITTED') = ("committedAt" IS NOT NULL AND "pledgeAmount" IS NOT NULL));
ALTER TABLE "SpreadParticipant" ADD CONSTRAINT "SpreadParticipant_buy_in_entry_check" CHECK (("buyInAmount" > 0) = ("buyInEntryId" IS NOT NULL));
ALTER TABLE "Operation" ADD CONSTRAINT "Operation_cost_check" CHECK ("yearlyCost" >= 0);
ALTER TABLE "BenefitTarget" ADD CONSTRAINT "BenefitTarget_range_check" CHECK ("pessimistic" <= "likely" AND "likely" <= "optimistic");
ALTER TABLE "BenefitRealisation" ADD CONSTRAINT "BenefitRealisation_value_check" CHECK ("value" = "value" AND abs("value") < 'Infinity'::float8);
