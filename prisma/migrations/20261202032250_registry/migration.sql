-- CreateEnum
CREATE TYPE "ReorganizationKind" AS ENUM ('MERGE', 'JOIN', 'SPLIT', 'RENAME', 'CLOSE');

-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "endReason" TEXT,
ADD COLUMN     "orderDate" DATE,
ADD COLUMN     "orderNumber" TEXT;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "kpp" TEXT,
ADD COLUMN     "ogrn" TEXT,
ADD COLUMN     "orgType" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "leaderId" INTEGER,
ADD COLUMN     "municipalityId" INTEGER;

-- CreateTable
CREATE TABLE "Reorganization" (
    "id" SERIAL NOT NULL,
    "kind" "ReorganizationKind" NOT NULL,
    "date" DATE NOT NULL,
    "orderNumber" TEXT,
    "orderDate" DATE,
    "comment" TEXT,
    "details" JSONB NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),
    "undoneById" INTEGER,

    CONSTRAINT "Reorganization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReorganizationLink" (
    "id" SERIAL NOT NULL,
    "reorganizationId" INTEGER NOT NULL,
    "predecessorId" INTEGER NOT NULL,
    "successorId" INTEGER NOT NULL,

    CONSTRAINT "ReorganizationLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReorganizationLink_predecessorId_idx" ON "ReorganizationLink"("predecessorId");

-- CreateIndex
CREATE INDEX "ReorganizationLink_successorId_idx" ON "ReorganizationLink"("successorId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReorganizationLink" ADD CONSTRAINT "ReorganizationLink_reorganizationId_fkey" FOREIGN KEY ("reorganizationId") REFERENCES "Reorganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReorganizationLink" ADD CONSTRAINT "ReorganizationLink_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReorganizationLink" ADD CONSTRAINT "ReorganizationLink_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

