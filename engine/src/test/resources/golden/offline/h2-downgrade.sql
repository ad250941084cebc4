-- Retort downgrade script for H2: head -> base
-- Written offline; review it before running.

-- Downgrade from bbbb00000002 (MigratorTest$CreateBooks): create books
DROP TABLE "BOOKS";
DELETE FROM "RETORT_VERSION" WHERE "REVISION" = 'bbbb00000002';

-- Downgrade from aaaa00000001 (MigratorTest$CreateAuthors): create authors
DROP TABLE "AUTHORS";
DELETE FROM "RETORT_VERSION" WHERE "REVISION" = 'aaaa00000001';

