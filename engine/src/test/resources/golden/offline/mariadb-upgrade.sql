-- Retort upgrade script for MariaDB: base -> head
-- Written offline; review it before running.

CREATE TABLE `retort_version` (`revision` varchar(64) NOT NULL, `checksum` varchar(64) NOT NULL, `message` varchar(500) NULL, `applied_at` datetime(6) NOT NULL, `progress` varchar(80) NULL, PRIMARY KEY (`revision`));

-- Upgrade to aaaa00000001 (MigratorTest$CreateAuthors): create authors
CREATE TABLE `authors` (`id` bigint NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, PRIMARY KEY (`id`));
INSERT INTO `retort_version` (`revision`, `checksum`, `message`, `applied_at`) VALUES ('aaaa00000001', '0d9ac2142f982f59382b6a177f0298fa8bad5f5035e37a7d6abd5894b1de291c', 'create authors', CURRENT_TIMESTAMP);

-- Upgrade to bbbb00000002 (MigratorTest$CreateBooks): create books
CREATE TABLE `books` (`id` bigint NOT NULL AUTO_INCREMENT, `author_id` bigint NULL, PRIMARY KEY (`id`), CONSTRAINT `fk_books_author` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`));
INSERT INTO `retort_version` (`revision`, `checksum`, `message`, `applied_at`) VALUES ('bbbb00000002', '6298b4d6092144bcb9707dc048bd077d6cd2d7d546a63b9e4f29165fa1ad179f', 'create books', CURRENT_TIMESTAMP);

