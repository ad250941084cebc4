-- Retort upgrade script for MariaDB: aaaa -> head
-- Written offline; review it before running.

-- Upgrade to bbbb00000002 (MigratorTest$CreateBooks): create books
CREATE TABLE `books` (`id` bigint NOT NULL AUTO_INCREMENT, `author_id` bigint NULL, PRIMARY KEY (`id`), CONSTRAINT `fk_books_author` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`));
INSERT INTO `retort_version` (`revision`, `checksum`, `message`, `applied_at`) VALUES ('bbbb00000002', '6298b4d6092144bcb9707dc048bd077d6cd2d7d546a63b9e4f29165fa1ad179f', 'create books', CURRENT_TIMESTAMP);

