-- Retort upgrade script for MariaDB: base -> head
-- Written offline; review it before running.

CREATE TABLE `retort_version` (`revision` varchar(64) NOT NULL, `checksum` varchar(64) NOT NULL, `message` varchar(500) NULL, `applied_at` datetime(6) NOT NULL, `progress` varchar(80) NULL, PRIMARY KEY (`revision`));

-- Upgrade to aaaa00000001 (MigratorTest$CreateAuthors): create authors
CREATE TABLE `authors` (`id` bigint NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, PRIMARY KEY (`id`));
INSERT INTO `retort_version` (`revision`, `checksum`, `message`, `applied_at`) VALUES ('aaaa00000001', 'ac4525d1e3cba9ca0e12a2e85409e38401e37989c0d55a1b295fe6c82021785b', 'create authors', CURRENT_TIMESTAMP);

-- Upgrade to bbbb00000002 (MigratorTest$CreateBooks): create books
CREATE TABLE `books` (`id` bigint NOT NULL AUTO_INCREMENT, `author_id` bigint NULL, PRIMARY KEY (`id`), CONSTRAINT `fk_books_author` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`));
INSERT INTO `retort_version` (`revision`, `checksum`, `message`, `applied_at`) VALUES ('bbbb00000002', '8f536290da48dc41010ca58aca84796e0edfc4674777215dff68511ef4297a9c', 'create books', CURRENT_TIMESTAMP);

