-- The visible-pilot count as an index-only scan (decision 0020); replaces the (status, visibility) index, its prefix.
-- DropIndex
DROP INDEX "Pilot_status_visibility_idx";

-- CreateIndex
CREATE INDEX "Pilot_status_visibility_communityId_projectLeadId_id_idx" ON "Pilot"("status", "visibility", "communityId", "projectLeadId", "id");
