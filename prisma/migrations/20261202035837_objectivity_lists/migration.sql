-- CreateTable
CREATE TABLE "ObjectivityListImport" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "years" TEXT NOT NULL,
    "fileRows" INTEGER NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ObjectivityListImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObjectivityListEntry" (
    "id" SERIAL NOT NULL,
    "importId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "procedure" TEXT NOT NULL,
    "grade" INTEGER,
    "subject" TEXT,

    CONSTRAINT "ObjectivityListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ObjectivityListImport_municipalityId_idx" ON "ObjectivityListImport"("municipalityId");

-- CreateIndex
CREATE INDEX "ObjectivityListEntry_organizationId_year_idx" ON "ObjectivityListEntry"("organizationId", "year");

-- AddForeignKey
ALTER TABLE "ObjectivityListEntry" ADD CONSTRAINT "ObjectivityListEntry_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ObjectivityListImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

