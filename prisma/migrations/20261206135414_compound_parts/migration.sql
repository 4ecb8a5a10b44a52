-- AlterTable
ALTER TABLE "SearchWord" ADD COLUMN     "parted" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SearchWordPart" (
    "word" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "part" TEXT NOT NULL,
    "form" TEXT NOT NULL,

    CONSTRAINT "SearchWordPart_pkey" PRIMARY KEY ("word","position")
);

-- CreateIndex
CREATE INDEX "SearchWordPart_part_idx" ON "SearchWordPart"("part");

-- CreateIndex
CREATE INDEX "SearchWordPart_part_trgm_idx" ON "SearchWordPart" USING GIN ("part" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SearchWord_parted_idx" ON "SearchWord"("parted");

-- AddForeignKey
ALTER TABLE "SearchWordPart" ADD CONSTRAINT "SearchWordPart_word_fkey" FOREIGN KEY ("word") REFERENCES "SearchWord"("word") ON DELETE CASCADE ON UPDATE CASCADE;
