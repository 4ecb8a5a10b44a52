-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('KOMMUNE', 'REGION', 'UNIVERSITET', 'SEKRETARIAT', 'ANDET');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SECRETARIAT', 'STEERING', 'PROJECT_LEAD', 'MEMBER');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('REQUESTED', 'ACTIVE', 'DECLINED', 'LEFT');

-- CreateEnum
CREATE TYPE "PilotStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ACTIVE', 'STOPPED', 'ADOPTED');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('MEMBERS', 'PUBLIC');

-- CreateEnum
CREATE TYPE "PhaseKind" AS ENUM ('TEST', 'DEMONSTRATION', 'SCALE');

-- CreateEnum
CREATE TYPE "PhaseStatus" AS ENUM ('PLANNED', 'ACTIVE', 'AWAITING_GATE', 'DECIDED');

-- CreateEnum
CREATE TYPE "SplitKey" AS ENUM ('EQUAL', 'POPULATION', 'POPULATION_TIERS', 'CUSTOM');

-- CreateEnum
CREATE TYPE "PoolEntryKind" AS ENUM ('CONTRIBUTION', 'GRANT', 'RETURN', 'ADJUSTMENT');

-- CreateEnum
CREATE TYPE "ExpenseCategory" AS ENUM ('UDSTYR', 'LICENS', 'KONSULENT', 'PERSONALE', 'DRIFT', 'ANDET');

-- CreateEnum
CREATE TYPE "ResultKind" AS ENUM ('MEASUREMENT', 'MILESTONE', 'RISK', 'LEARNING');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "BenefitKind" AS ENUM ('KRONER_SAVED', 'HOURS_SAVED', 'CO2E_AVOIDED', 'QUALITY', 'OTHER');

-- CreateEnum
CREATE TYPE "MeasurementSource" AS ENUM ('MANUAL', 'IMPORT', 'API');

-- CreateEnum
CREATE TYPE "GateReviewStatus" AS ENUM ('OPEN', 'DECIDED');

-- CreateEnum
CREATE TYPE "GateOutcome" AS ENUM ('GO', 'REVISE', 'STOP', 'ADOPT');

-- CreateEnum
CREATE TYPE "LessonKind" AS ENUM ('LESSON', 'STOP_REPORT');

-- CreateTable
CREATE TABLE "Region" (
    "code" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "municipalityCode" INTEGER,
    "regionCode" INTEGER,
    "population" INTEGER,
    "populationAsOf" DATE,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Community" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "website" TEXT,
    "secretariatOrgId" INTEGER NOT NULL,
    "quorumPercent" INTEGER NOT NULL DEFAULT 51,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Community_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunityMember" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "status" "MembershipStatus" NOT NULL DEFAULT 'ACTIVE',
    "requestNote" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "CommunityMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "organisationId" INTEGER NOT NULL,
    "isPlatformAdmin" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'da',
    "deactivatedAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "communityId" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pool" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "balance" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Pool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PoolEntry" (
    "id" SERIAL NOT NULL,
    "poolId" INTEGER NOT NULL,
    "kind" "PoolEntryKind" NOT NULL,
    "amount" INTEGER NOT NULL,
    "organisationId" INTEGER,
    "phaseId" INTEGER,
    "note" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PoolEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pilot" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "hypothesis" TEXT NOT NULL,
    "technologies" TEXT[],
    "domains" TEXT[],
    "sdgs" INTEGER[],
    "leadOrganisationId" INTEGER NOT NULL,
    "projectLeadId" INTEGER NOT NULL,
    "status" "PilotStatus" NOT NULL DEFAULT 'DRAFT',
    "visibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
    "reviewComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "Pilot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PilotParticipant" (
    "pilotId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,

    CONSTRAINT "PilotParticipant_pkey" PRIMARY KEY ("pilotId","organisationId")
);

-- CreateTable
CREATE TABLE "Phase" (
    "id" SERIAL NOT NULL,
    "pilotId" INTEGER NOT NULL,
    "kind" "PhaseKind" NOT NULL,
    "status" "PhaseStatus" NOT NULL DEFAULT 'PLANNED',
    "plannedStart" DATE NOT NULL,
    "plannedEnd" DATE NOT NULL,
    "startedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "requestedGrant" INTEGER NOT NULL DEFAULT 0,
    "granted" INTEGER NOT NULL DEFAULT 0,
    "spent" INTEGER NOT NULL DEFAULT 0,
    "cofundingTotal" INTEGER NOT NULL DEFAULT 0,
    "splitKey" "SplitKey" NOT NULL DEFAULT 'EQUAL',
    "successCriteria" TEXT NOT NULL,
    "killCriteria" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" SERIAL NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expense" (
    "id" SERIAL NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "spentOn" DATE NOT NULL,
    "category" "ExpenseCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "reversesId" INTEGER,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Expense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultEntry" (
    "id" SERIAL NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "kind" "ResultKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "links" JSONB NOT NULL DEFAULT '[]',
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResultEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" SERIAL NOT NULL,
    "pilotId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "baseline" DOUBLE PRECISION NOT NULL,
    "direction" "KpiDirection" NOT NULL,
    "benefitKind" "BenefitKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiTarget" (
    "kpiId" INTEGER NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "KpiTarget_pkey" PRIMARY KEY ("kpiId","phaseId")
);

-- CreateTable
CREATE TABLE "KpiMeasurement" (
    "id" SERIAL NOT NULL,
    "kpiId" INTEGER NOT NULL,
    "measuredAt" TIMESTAMP(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "source" "MeasurementSource" NOT NULL DEFAULT 'MANUAL',
    "note" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GateCriterion" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "nameDa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "GateCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GateReview" (
    "id" SERIAL NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "status" "GateReviewStatus" NOT NULL DEFAULT 'OPEN',
    "evidenceSummary" TEXT NOT NULL,
    "criteriaEvidence" JSONB NOT NULL DEFAULT '[]',
    "nextPhasePlan" TEXT,
    "requestedGrant" INTEGER,
    "dueDate" DATE NOT NULL,
    "requestedById" INTEGER NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GateReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GateScorecard" (
    "id" SERIAL NOT NULL,
    "reviewId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "conflictOfInterest" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GateScorecard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GateScore" (
    "id" SERIAL NOT NULL,
    "scorecardId" INTEGER NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT NOT NULL,

    CONSTRAINT "GateScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GateDecision" (
    "id" SERIAL NOT NULL,
    "reviewId" INTEGER NOT NULL,
    "outcome" "GateOutcome" NOT NULL,
    "rationale" TEXT NOT NULL,
    "releasedAmount" INTEGER NOT NULL DEFAULT 0,
    "returnedAmount" INTEGER NOT NULL DEFAULT 0,
    "newDeadline" DATE,
    "procurementRecommendation" TEXT,
    "weightedScore" DOUBLE PRECISION,
    "decidedById" INTEGER NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GateDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GateCondition" (
    "id" SERIAL NOT NULL,
    "decisionId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "dueDate" DATE,
    "doneAt" TIMESTAMP(3),
    "doneById" INTEGER,

    CONSTRAINT "GateCondition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionAdopter" (
    "decisionId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,

    CONSTRAINT "DecisionAdopter_pkey" PRIMARY KEY ("decisionId","organisationId")
);

-- CreateTable
CREATE TABLE "Lesson" (
    "id" SERIAL NOT NULL,
    "pilotId" INTEGER NOT NULL,
    "phaseId" INTEGER,
    "kind" "LessonKind" NOT NULL DEFAULT 'LESSON',
    "title" TEXT NOT NULL,
    "whatWeDid" TEXT NOT NULL,
    "whatWeLearned" TEXT NOT NULL,
    "wouldDoDifferently" TEXT NOT NULL,
    "tags" TEXT[],
    "authorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "communityId" INTEGER,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_municipalityCode_key" ON "Organisation"("municipalityCode");

-- CreateIndex
CREATE INDEX "Organisation_kind_name_idx" ON "Organisation"("kind", "name");

-- CreateIndex
CREATE INDEX "Organisation_regionCode_idx" ON "Organisation"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Community_slug_key" ON "Community"("slug");

-- CreateIndex
CREATE INDEX "CommunityMember_organisationId_idx" ON "CommunityMember"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "CommunityMember_communityId_organisationId_key" ON "CommunityMember"("communityId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "RoleAssignment_communityId_role_idx" ON "RoleAssignment"("communityId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_userId_communityId_role_key" ON "RoleAssignment"("userId", "communityId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Pool_communityId_year_key" ON "Pool"("communityId", "year");

-- CreateIndex
CREATE INDEX "PoolEntry_poolId_createdAt_idx" ON "PoolEntry"("poolId", "createdAt");

-- CreateIndex
CREATE INDEX "PoolEntry_phaseId_idx" ON "PoolEntry"("phaseId");

-- CreateIndex
CREATE INDEX "PoolEntry_organisationId_idx" ON "PoolEntry"("organisationId");

-- CreateIndex
CREATE INDEX "Pilot_communityId_status_idx" ON "Pilot"("communityId", "status");

-- CreateIndex
CREATE INDEX "Pilot_status_visibility_idx" ON "Pilot"("status", "visibility");

-- CreateIndex
CREATE INDEX "Pilot_leadOrganisationId_idx" ON "Pilot"("leadOrganisationId");

-- CreateIndex
CREATE INDEX "Pilot_projectLeadId_idx" ON "Pilot"("projectLeadId");

-- CreateIndex
CREATE INDEX "Pilot_technologies_idx" ON "Pilot" USING GIN ("technologies");

-- CreateIndex
CREATE INDEX "Pilot_domains_idx" ON "Pilot" USING GIN ("domains");

-- CreateIndex
CREATE INDEX "Pilot_sdgs_idx" ON "Pilot" USING GIN ("sdgs");

-- CreateIndex
CREATE INDEX "PilotParticipant_organisationId_idx" ON "PilotParticipant"("organisationId");

-- CreateIndex
CREATE INDEX "Phase_status_plannedEnd_idx" ON "Phase"("status", "plannedEnd");

-- CreateIndex
CREATE UNIQUE INDEX "Phase_pilotId_kind_key" ON "Phase"("pilotId", "kind");

-- CreateIndex
CREATE INDEX "Pledge_organisationId_idx" ON "Pledge"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_phaseId_organisationId_key" ON "Pledge"("phaseId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Expense_reversesId_key" ON "Expense"("reversesId");

-- CreateIndex
CREATE INDEX "Expense_phaseId_spentOn_idx" ON "Expense"("phaseId", "spentOn");

-- CreateIndex
CREATE INDEX "ResultEntry_phaseId_occurredOn_idx" ON "ResultEntry"("phaseId", "occurredOn");

-- CreateIndex
CREATE INDEX "Kpi_pilotId_idx" ON "Kpi"("pilotId");

-- CreateIndex
CREATE INDEX "KpiTarget_phaseId_idx" ON "KpiTarget"("phaseId");

-- CreateIndex
CREATE INDEX "KpiMeasurement_kpiId_measuredAt_idx" ON "KpiMeasurement"("kpiId", "measuredAt");

-- CreateIndex
CREATE UNIQUE INDEX "GateCriterion_communityId_key_key" ON "GateCriterion"("communityId", "key");

-- CreateIndex
CREATE INDEX "GateReview_phaseId_idx" ON "GateReview"("phaseId");

-- CreateIndex
CREATE INDEX "GateReview_status_dueDate_idx" ON "GateReview"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "GateScorecard_reviewId_userId_key" ON "GateScorecard"("reviewId", "userId");

-- CreateIndex
CREATE INDEX "GateScore_criterionId_idx" ON "GateScore"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "GateScore_scorecardId_criterionId_key" ON "GateScore"("scorecardId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "GateDecision_reviewId_key" ON "GateDecision"("reviewId");

-- CreateIndex
CREATE INDEX "GateCondition_decisionId_idx" ON "GateCondition"("decisionId");

-- CreateIndex
CREATE INDEX "GateCondition_doneAt_idx" ON "GateCondition"("doneAt");

-- CreateIndex
CREATE INDEX "DecisionAdopter_organisationId_idx" ON "DecisionAdopter"("organisationId");

-- CreateIndex
CREATE INDEX "Lesson_pilotId_idx" ON "Lesson"("pilotId");

-- CreateIndex
CREATE INDEX "Lesson_tags_idx" ON "Lesson" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_at_idx" ON "AuditEvent"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_communityId_at_idx" ON "AuditEvent"("communityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Community" ADD CONSTRAINT "Community_secretariatOrgId_fkey" FOREIGN KEY ("secretariatOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityMember" ADD CONSTRAINT "CommunityMember_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityMember" ADD CONSTRAINT "CommunityMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pool" ADD CONSTRAINT "Pool_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoolEntry" ADD CONSTRAINT "PoolEntry_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "Pool"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoolEntry" ADD CONSTRAINT "PoolEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoolEntry" ADD CONSTRAINT "PoolEntry_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoolEntry" ADD CONSTRAINT "PoolEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pilot" ADD CONSTRAINT "Pilot_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pilot" ADD CONSTRAINT "Pilot_leadOrganisationId_fkey" FOREIGN KEY ("leadOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pilot" ADD CONSTRAINT "Pilot_projectLeadId_fkey" FOREIGN KEY ("projectLeadId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PilotParticipant" ADD CONSTRAINT "PilotParticipant_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PilotParticipant" ADD CONSTRAINT "PilotParticipant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "Expense"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultEntry" ADD CONSTRAINT "ResultEntry_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultEntry" ADD CONSTRAINT "ResultEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTarget" ADD CONSTRAINT "KpiTarget_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTarget" ADD CONSTRAINT "KpiTarget_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiMeasurement" ADD CONSTRAINT "KpiMeasurement_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiMeasurement" ADD CONSTRAINT "KpiMeasurement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateCriterion" ADD CONSTRAINT "GateCriterion_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateReview" ADD CONSTRAINT "GateReview_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateReview" ADD CONSTRAINT "GateReview_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateScorecard" ADD CONSTRAINT "GateScorecard_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "GateReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateScorecard" ADD CONSTRAINT "GateScorecard_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateScore" ADD CONSTRAINT "GateScore_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "GateScorecard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateScore" ADD CONSTRAINT "GateScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "GateCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateDecision" ADD CONSTRAINT "GateDecision_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "GateReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateDecision" ADD CONSTRAINT "GateDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateCondition" ADD CONSTRAINT "GateCondition_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "GateDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateCondition" ADD CONSTRAINT "GateCondition_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionAdopter" ADD CONSTRAINT "DecisionAdopter_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "GateDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionAdopter" ADD CONSTRAINT "DecisionAdopter_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Invariants of PRODUCT.md that Prisma's schema language cannot express (hand-written).
ALTER TABLE "Pool" ADD CONSTRAINT "Pool_balance_not_negative" CHECK ("balance" >= 0);
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_money_valid" CHECK ("granted" >= 0 AND "spent" >= 0 AND "spent" <= "granted" AND "requestedGrant" >= 0 AND "cofundingTotal" >= 0);
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_amount_not_negative" CHECK ("amount" >= 0);
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_amount_not_zero" CHECK ("amount" <> 0);
ALTER TABLE "GateScore" ADD CONSTRAINT "GateScore_score_1_to_5" CHECK ("score" BETWEEN 1 AND 5);
ALTER TABLE "GateCriterion" ADD CONSTRAINT "GateCriterion_weight_positive" CHECK ("weight" > 0);
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_population_not_negative" CHECK ("population" IS NULL OR "population" >= 0);
