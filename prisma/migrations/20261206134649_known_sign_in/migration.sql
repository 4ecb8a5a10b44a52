-- CreateTable
CREATE TABLE "KnownSignIn" (
    "accountKey" TEXT NOT NULL,
    "marker" TEXT NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnownSignIn_pkey" PRIMARY KEY ("accountKey","marker")
);
