-- AlterTable
ALTER TABLE "GateCriterion" ADD COLUMN     "considersRisks" BOOLEAN NOT NULL DEFAULT false;

-- Hand-written: the communities' default "Sikkerhed, jura og etisk brug af teknologi" criterion is the
-- one that looks at the open high risks (decision 0026); the secretariat can move the mark.
UPDATE "GateCriterion" SET "considersRisks" = true WHERE "key" = 'security';
