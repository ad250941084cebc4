-- Retort downgrade script for PostgreSQL: head -> base
-- Written offline; review it before running.

-- Downgrade from bbbb00000002 (MigratorTest$CreateBooks): create books
BEGIN;
DROP TABLE "books";
DELETE FROM "retort_version" WHERE "revision" = 'bbbb00000002';
COMMIT;

-- Downgrade from aaaa00000001 (MigratorTest$CreateAuthors): create authors
BEGIN;
DROP TABLE "authors";
DELETE FROM "retort_version" WHERE "revision" = 'aaaa00000001';
COMMIT;

