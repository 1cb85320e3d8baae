-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('PENDING', 'ACCEPTED', 'RETURNED', 'RESUBMITTED');

-- CreateTable
CREATE TABLE "ExpertAssignment" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "directionCode" TEXT NOT NULL,
    "expertId" INTEGER NOT NULL,
    "assignedById" INTEGER,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpertAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectionReview" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "directionCode" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'PENDING',
    "returnReason" TEXT,
    "returnedElements" TEXT[],
    "response" TEXT,
    "reviewedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DirectionReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorComment" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExpertAssignment_expertId_cycleId_idx" ON "ExpertAssignment"("expertId", "cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertAssignment_cycleId_organizationId_directionCode_key" ON "ExpertAssignment"("cycleId", "organizationId", "directionCode");

-- CreateIndex
CREATE UNIQUE INDEX "DirectionReview_cycleId_organizationId_directionCode_key" ON "DirectionReview"("cycleId", "organizationId", "directionCode");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorComment_cycleId_organizationId_indicatorCode_key" ON "IndicatorComment"("cycleId", "organizationId", "indicatorCode");

-- AddForeignKey
ALTER TABLE "ExpertAssignment" ADD CONSTRAINT "ExpertAssignment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertAssignment" ADD CONSTRAINT "ExpertAssignment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertAssignment" ADD CONSTRAINT "ExpertAssignment_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectionReview" ADD CONSTRAINT "DirectionReview_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectionReview" ADD CONSTRAINT "DirectionReview_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectionReview" ADD CONSTRAINT "DirectionReview_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorComment" ADD CONSTRAINT "IndicatorComment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorComment" ADD CONSTRAINT "IndicatorComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

