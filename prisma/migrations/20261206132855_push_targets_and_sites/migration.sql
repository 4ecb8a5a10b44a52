-- CreateEnum
CREATE TYPE "PushOutcome" AS ENUM ('STORED', 'NOTHING_NEW', 'REFUSED');

-- AlterEnum
ALTER TYPE "MeasurementSource" ADD VALUE 'PUSH';

-- AlterTable
ALTER TABLE "Kpi" ADD COLUMN     "plausibleMax" DOUBLE PRECISION,
ADD COLUMN     "plausibleMin" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "KpiMeasurement" ADD COLUMN     "deviceId" TEXT,
ADD COLUMN     "flagged" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "pushTargetId" INTEGER;

-- CreateTable
CREATE TABLE "PushTarget" (
    "id" SERIAL NOT NULL,
    "kpiId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "readingsPath" TEXT,
    "valuePath" TEXT NOT NULL,
    "timePath" TEXT,
    "devicePath" TEXT,
    "allowedDevices" TEXT[],
    "factor" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedById" INTEGER,
    "windowStartAt" TIMESTAMP(3),
    "windowCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PushTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PushDelivery" (
    "id" SERIAL NOT NULL,
    "targetId" INTEGER NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" INTEGER NOT NULL,
    "outcome" "PushOutcome" NOT NULL,
    "readings" INTEGER NOT NULL DEFAULT 0,
    "stored" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "flagged" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT,
    "params" JSONB,

    CONSTRAINT "PushDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PilotSite" (
    "id" SERIAL NOT NULL,
    "pilotId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "address" TEXT,
    "longitude" DOUBLE PRECISION NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PilotSite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PushTarget_secretHash_key" ON "PushTarget"("secretHash");

-- CreateIndex
CREATE INDEX "PushTarget_kpiId_idx" ON "PushTarget"("kpiId");

-- CreateIndex
CREATE INDEX "PushTarget_createdById_idx" ON "PushTarget"("createdById");

-- CreateIndex
CREATE INDEX "PushDelivery_targetId_receivedAt_idx" ON "PushDelivery"("targetId", "receivedAt");

-- CreateIndex
CREATE INDEX "PilotSite_pilotId_idx" ON "PilotSite"("pilotId");

-- CreateIndex
CREATE INDEX "PilotSite_organisationId_idx" ON "PilotSite"("organisationId");

-- CreateIndex
CREATE INDEX "KpiMeasurement_pushTargetId_idx" ON "KpiMeasurement"("pushTargetId");

-- AddForeignKey
ALTER TABLE "KpiMeasurement" ADD CONSTRAINT "KpiMeasurement_pushTargetId_fkey" FOREIGN KEY ("pushTargetId") REFERENCES "PushTarget"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PushTarget" ADD CONSTRAINT "PushTarget_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PushTarget" ADD CONSTRAINT "PushTarget_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PushTarget" ADD CONSTRAINT "PushTarget_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PushDelivery" ADD CONSTRAINT "PushDelivery_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "PushTarget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PilotSite" ADD CONSTRAINT "PilotSite_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PilotSite" ADD CONSTRAINT "PilotSite_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PilotSite" ADD CONSTRAINT "PilotSite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Invariants Prisma cannot express (docs/decisions/0022): a site is a point in EPSG:4326, a push
-- target's factor is a real number other than zero, and a delivery counts what it says.
ALTER TABLE "PilotSite" ADD CONSTRAINT "PilotSite_coordinates_check" CHECK ("longitude" BETWEEN -180 AND 180 AND "latitude" BETWEEN -90 AND 90);
ALTER TABLE "PushTarget" ADD CONSTRAINT "PushTarget_factor_check" CHECK ("factor" <> 0 AND "factor" = "factor" AND abs("factor") < 'Infinity'::float8);
ALTER TABLE "PushDelivery" ADD CONSTRAINT "PushDelivery_counts_check" CHECK ("stored" >= 0 AND "duplicates" >= 0 AND "flagged" >= 0 AND "stored" + "duplicates" <= "readings");
