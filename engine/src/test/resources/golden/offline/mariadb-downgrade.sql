-- Retort downgrade script for MariaDB: head -> base
-- Written offline; review it before running.

-- Downgrade from bbbb00000002 (MigratorTest$CreateBooks): create books
DROP TABLE `books`;
DELETE FROM `retort_version` WHERE `revision` = 'bbbb00000002';

-- Downgrade from aaaa00000001 (MigratorTest$CreateAuthors): create authors
DROP TABLE `authors`;
DELETE FROM `retort_version` WHERE `revision` = 'aaaa00000001';

