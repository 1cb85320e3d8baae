-- Cycles published before publications existed get the default choice (core/services/publication/choice.ts
-- DEFAULT_CHOICE): results and the analytical report public, heads' names not. Anonymous readers see
-- exactly a cycle's publication, so without this row such a cycle would vanish from public view.
INSERT INTO "Publication" ("cycleId", "showLevel", "showTotal", "showDirections", "showLeaderName", "showAnalyticalReport", "publishedAt")
SELECT c."id", true, true, true, false, true, COALESCE(c."publishedAt", CURRENT_TIMESTAMP)
FROM "Cycle" c
WHERE c."status" IN ('PUBLISHED', 'ARCHIVED')
  AND NOT EXISTS (SELECT 1 FROM "Publication" p WHERE p."cycleId" = c."id");
