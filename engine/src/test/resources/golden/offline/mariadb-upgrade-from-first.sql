-- Retort upgrade script for MariaDB: aaaa -> head
-- Written offline; review it before running.

-- Upgrade to bbbb00000002 (MigratorTest$CreateBooks): create books
CREATE TABLE `books` (`id` bigint NOT NULL AUTO_INCREMENT, `author_id` bigint NULL, PRIMARY KEY (`id`), CONSTRAINT `fk_books_author` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`));
INSERT INTO `retort_version` (`revision`, `checksum`, `message`, `applied_at`) VALUES ('bbbb00000002', '8f536290da48dc41010ca58aca84796e0edfc4674777215dff68511ef4297a9c', 'create books', CURRENT_TIMESTAMP);

