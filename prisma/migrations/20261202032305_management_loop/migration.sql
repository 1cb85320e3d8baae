-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('DRAFT', 'APPROVED', 'SENT', 'ACKNOWLEDGED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "RecommendationOutcome" AS ENUM ('ACHIEVED', 'PERSISTS');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('ORDER', 'DIRECTIVE', 'INSTRUCTION', 'RECOMMENDATION');

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "deficitKey" TEXT,
    "indicatorCode" TEXT,
    "directionCode" TEXT,
    "text" TEXT NOT NULL,
    "basisValue" TEXT,
    "currentValue" TEXT,
    "isDeficitGone" BOOLEAN NOT NULL DEFAULT false,
    "isEdited" BOOLEAN NOT NULL DEFAULT false,
    "isRepeated" BOOLEAN NOT NULL DEFAULT false,
    "previousId" INTEGER,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'DRAFT',
    "outcome" "RecommendationOutcome",
    "closedAt" TIMESTAMP(3),
    "droppedAt" TIMESTAMP(3),
    "dropReason" TEXT,
    "mergedIntoId" INTEGER,
    "plan" TEXT,
    "planDueOn" DATE,
    "approvedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "acknowledgedAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationProgress" (
    "id" SERIAL NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "status" "RecommendationStatus" NOT NULL,
    "authorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fileName" TEXT,
    "contentType" TEXT,
    "size" INTEGER,
    "sha256" TEXT,
    "content" BYTEA,

    CONSTRAINT "RecommendationProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "number" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "organizationIds" INTEGER[],
    "directionCodes" TEXT[],
    "indicatorCodes" TEXT[],
    "fileName" TEXT,
    "contentType" TEXT,
    "size" INTEGER,
    "sha256" TEXT,
    "content" BYTEA,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" SERIAL NOT NULL,
    "decisionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "dueOn" DATE,
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "completionNote" TEXT,
    "completedOn" DATE,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Recommendation_cycleId_status_idx" ON "Recommendation"("cycleId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_cycleId_organizationId_deficitKey_key" ON "Recommendation"("cycleId", "organizationId", "deficitKey");

-- CreateIndex
CREATE INDEX "RecommendationProgress_recommendationId_idx" ON "RecommendationProgress"("recommendationId");

-- CreateIndex
CREATE INDEX "Decision_cycleId_idx" ON "Decision"("cycleId");

-- CreateIndex
CREATE INDEX "Measure_decisionId_idx" ON "Measure"("decisionId");

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationProgress" ADD CONSTRAINT "RecommendationProgress_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

