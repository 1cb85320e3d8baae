-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('VPR_RESULTS', 'SELF_EXAMINATION', 'MONITORING_TEMPLATE', 'GIA_RESULTS');

-- CreateEnum
CREATE TYPE "BatchStatus" AS ENUM ('COMMITTED', 'SUPERSEDED', 'UNDONE');

-- AlterTable
ALTER TABLE "DataValue" ADD COLUMN     "batchId" INTEGER;

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "scope" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "status" "BatchStatus" NOT NULL DEFAULT 'COMMITTED',
    "supersedesId" INTEGER,
    "rowsTotal" INTEGER NOT NULL,
    "rowsImported" INTEGER NOT NULL,
    "valuesChanged" INTEGER NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),
    "undoneById" INTEGER,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportChange" (
    "id" BIGSERIAL NOT NULL,
    "batchId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "elementCode" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "ImportChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRecord" (
    "id" BIGSERIAL NOT NULL,
    "batchId" INTEGER NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "data" TEXT NOT NULL,

    CONSTRAINT "ImportRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "elementCode" TEXT,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" INTEGER,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportProgress" (
    "key" TEXT NOT NULL,
    "userId" INTEGER,
    "stage" TEXT NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportProgress_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ImportBatch_cycleId_kind_scope_idx" ON "ImportBatch"("cycleId", "kind", "scope");

-- CreateIndex
CREATE INDEX "ImportChange_batchId_idx" ON "ImportChange"("batchId");

-- CreateIndex
CREATE INDEX "ImportRecord_cycleId_kind_organizationId_idx" ON "ImportRecord"("cycleId", "kind", "organizationId");

-- CreateIndex
CREATE INDEX "ImportRecord_batchId_idx" ON "ImportRecord"("batchId");

-- CreateIndex
CREATE INDEX "EvidenceFile_cycleId_organizationId_idx" ON "EvidenceFile"("cycleId", "organizationId");

-- AddForeignKey
ALTER TABLE "DataValue" ADD CONSTRAINT "DataValue_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportChange" ADD CONSTRAINT "ImportChange_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRecord" ADD CONSTRAINT "ImportRecord_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

