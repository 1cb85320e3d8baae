-- CreateTable
CREATE TABLE "Publication" (
    "id" SERIAL NOT NULL,
    "cycleId" INTEGER NOT NULL,
    "showLevel" BOOLEAN NOT NULL,
    "showTotal" BOOLEAN NOT NULL,
    "showDirections" BOOLEAN NOT NULL,
    "showLeaderName" BOOLEAN NOT NULL,
    "showAnalyticalReport" BOOLEAN NOT NULL,
    "publishedById" INTEGER,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publication_cycleId_key" ON "Publication"("cycleId");

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

