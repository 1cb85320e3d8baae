-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrgKind" AS ENUM ('SCHOOL', 'PRESCHOOL', 'ADDITIONAL');

-- CreateEnum
CREATE TYPE "OrgStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CycleStatus" AS ENUM ('DRAFT', 'COLLECTING', 'REVIEW', 'SCORED', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'OPERATOR', 'EXPERT', 'DEPARTMENT', 'LEADER');

-- CreateEnum
CREATE TYPE "ValueSource" AS ENUM ('MANUAL', 'IMPORT', 'DEMO');

-- CreateEnum
CREATE TYPE "ScoreStatus" AS ENUM ('SCORED', 'MISSING', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "EffectivenessLevel" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "fullName" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "OrgKind" NOT NULL,
    "inn" TEXT,
    "fisOkoLogin" TEXT,
    "address" TEXT,
    "status" "OrgStatus" NOT NULL DEFAULT 'OPEN',
    "openedOn" DATE,
    "closedOn" DATE,
    "contingent" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Leader" (
    "id" SERIAL NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Leader_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" SERIAL NOT NULL,
    "leaderId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "position" TEXT NOT NULL,
    "isActing" BOOLEAN NOT NULL DEFAULT false,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cycle" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "status" "CycleStatus" NOT NULL DEFAULT 'DRAFT',
    "scoredAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MethodologyVersion" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "comment" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MethodologyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataValue" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "elementCode" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "comment" TEXT,
    "source" "ValueSource" NOT NULL DEFAULT 'MANUAL',
    "enteredById" INTEGER,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Score" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "directionCode" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "status" "ScoreStatus" NOT NULL,
    "value" DOUBLE PRECISION,
    "valueText" TEXT,
    "points" DOUBLE PRECISION,
    "maxPoints" DOUBLE PRECISION NOT NULL,
    "usedInRating" BOOLEAN NOT NULL,
    "explanation" TEXT NOT NULL,
    "recommendation" TEXT,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationResult" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "leaderId" INTEGER,
    "isNewLeader" BOOLEAN NOT NULL DEFAULT false,
    "comparisonGroup" TEXT NOT NULL,
    "directions" JSONB NOT NULL,
    "totalPercent" DOUBLE PRECISION,
    "level" "EffectivenessLevel",
    "rank" INTEGER,
    "missingCount" INTEGER NOT NULL DEFAULT 0,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "login" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "fullName" TEXT NOT NULL,
    "organizationId" INTEGER,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "cycleId" INTEGER,
    "organizationId" INTEGER,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_name_key" ON "Municipality"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_inn_key" ON "Organization"("inn");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_fisOkoLogin_key" ON "Organization"("fisOkoLogin");

-- CreateIndex
CREATE INDEX "Organization_municipalityId_kind_idx" ON "Organization"("municipalityId", "kind");

-- CreateIndex
CREATE INDEX "Appointment_organizationId_startsOn_idx" ON "Appointment"("organizationId", "startsOn");

-- CreateIndex
CREATE INDEX "Appointment_leaderId_idx" ON "Appointment"("leaderId");

-- CreateIndex
CREATE UNIQUE INDEX "Cycle_municipalityId_year_key" ON "Cycle"("municipalityId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "MethodologyVersion_cycleId_version_key" ON "MethodologyVersion"("cycleId", "version");

-- CreateIndex
CREATE INDEX "DataValue_cycleId_elementCode_idx" ON "DataValue"("cycleId", "elementCode");

-- CreateIndex
CREATE UNIQUE INDEX "DataValue_cycleId_organizationId_elementCode_key" ON "DataValue"("cycleId", "organizationId", "elementCode");

-- CreateIndex
CREATE UNIQUE INDEX "Score_cycleId_organizationId_indicatorCode_key" ON "Score"("cycleId", "organizationId", "indicatorCode");

-- CreateIndex
CREATE INDEX "OrganizationResult_cycleId_comparisonGroup_rank_idx" ON "OrganizationResult"("cycleId", "comparisonGroup", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationResult_cycleId_organizationId_key" ON "OrganizationResult"("cycleId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "User_login_key" ON "User"("login");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "AuditEvent_cycleId_organizationId_idx" ON "AuditEvent"("cycleId", "organizationId");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cycle" ADD CONSTRAINT "Cycle_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MethodologyVersion" ADD CONSTRAINT "MethodologyVersion_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MethodologyVersion" ADD CONSTRAINT "MethodologyVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataValue" ADD CONSTRAINT "DataValue_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataValue" ADD CONSTRAINT "DataValue_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataValue" ADD CONSTRAINT "DataValue_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationResult" ADD CONSTRAINT "OrganizationResult_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationResult" ADD CONSTRAINT "OrganizationResult_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationResult" ADD CONSTRAINT "OrganizationResult_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

