-- Import kinds become text: the registered import formats (core and plugins) define them, so a new
-- format needs no migration. Existing rows keep their kind (the enum's labels are the same text);
-- the indexes over the column are rebuilt by ALTER COLUMN TYPE.

-- AlterTable
ALTER TABLE "ImportBatch" ALTER COLUMN "kind" TYPE TEXT USING "kind"::text;

-- AlterTable
ALTER TABLE "ImportRecord" ALTER COLUMN "kind" TYPE TEXT USING "kind"::text;

-- DropEnum
DROP TYPE "ImportKind";
