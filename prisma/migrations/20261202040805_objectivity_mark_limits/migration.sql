-- CreateTable
CREATE TABLE "ObjectivityMarkLimit" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "max4" DOUBLE PRECISION NOT NULL,
    "max5" DOUBLE PRECISION NOT NULL,
    "min2" DOUBLE PRECISION NOT NULL,
    "updatedById" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ObjectivityMarkLimit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ObjectivityMarkLimit_cycleId_subject_key" ON "ObjectivityMarkLimit"("cycleId", "subject");

