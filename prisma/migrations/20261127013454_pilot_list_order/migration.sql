-- CreateIndex
CREATE INDEX "Pilot_updatedAt_id_idx" ON "Pilot"("updatedAt" DESC, "id" DESC);
