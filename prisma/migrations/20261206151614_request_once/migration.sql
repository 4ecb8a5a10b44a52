-- CreateTable
CREATE TABLE "RequestOnce" (
    "key" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestOnce_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RequestOnce_createdAt_idx" ON "RequestOnce"("createdAt");
