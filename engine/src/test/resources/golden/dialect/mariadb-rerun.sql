-- create sequence licences_seq
CREATE SEQUENCE IF NOT EXISTS `licences_seq` START WITH 1 INCREMENT BY 50;
-- create sequence Ticket_Numbers
CREATE SEQUENCE IF NOT EXISTS `Ticket_Numbers` START WITH 1000 INCREMENT BY 1;
-- create table licences
CREATE TABLE IF NOT EXISTS `licences` (`id` bigint NOT NULL AUTO_INCREMENT, `spdx` varchar(64) NOT NULL COMMENT 'SPDX id, e.g. ''MIT''', `name` varchar(200) NULL, PRIMARY KEY (`id`), CONSTRAINT `uk_licences_spdx` UNIQUE (`spdx`));
ALTER TABLE `licences` COMMENT = 'Licences by SPDX id';
-- create table packages
CREATE TABLE IF NOT EXISTS `packages` (`name` varchar(100) NOT NULL, `summary` varchar(255) NULL DEFAULT 'none', `description` longtext NULL, `licence_id` bigint NULL, `stars` integer NOT NULL DEFAULT 0, `double_stars` integer GENERATED ALWAYS AS (stars * 2) STORED, `rank` smallint NULL, `score` double NULL, `ratio` float NULL, `price` decimal(10,2) NULL, `active` bit NULL, `created` datetime(6) NOT NULL, `published` datetime(6) NULL, `released_on` date NULL, `daily_at` time NULL, `token` uuid NULL, `country` varchar(2) NULL, `digest` varbinary(32) NULL, `logo` longblob NULL, `kind` enum('BINARY','SOURCE','WHEEL') NOT NULL, PRIMARY KEY (`name`), CONSTRAINT `fk_packages_licence` FOREIGN KEY (`licence_id`) REFERENCES `licences` (`id`) ON DELETE SET NULL, CONSTRAINT `ck_packages_stars` CHECK (stars >= 0 AND stars < 1000000));
CREATE INDEX IF NOT EXISTS `ix_packages_created_rank` ON `packages` (`created`, `rank`);
-- create table releases
CREATE TABLE IF NOT EXISTS `releases` (`package_name` varchar(100) NOT NULL, `version` varchar(20) NOT NULL, PRIMARY KEY (`package_name`, `version`));
-- add foreign key fk_releases_package on releases
ALTER TABLE `releases` ADD CONSTRAINT `fk_releases_package` FOREIGN KEY IF NOT EXISTS (`package_name`) REFERENCES `packages` (`name`) ON DELETE CASCADE;
-- add column packages.last_updated
ALTER TABLE `packages` ADD COLUMN IF NOT EXISTS `last_updated` datetime(6) NULL;
-- add column packages.channel
ALTER TABLE `packages` ADD COLUMN IF NOT EXISTS `channel` enum('BETA','STABLE') NULL;
-- alter column packages.channel type enum('BETA','STABLE') -> enum('BETA','NIGHTLY','STABLE')
ALTER TABLE `packages` MODIFY COLUMN `channel` enum('BETA','NIGHTLY','STABLE') NULL;
-- alter column packages.summary type varchar(255) -> varchar(500) not null default dropped
ALTER TABLE `packages` MODIFY COLUMN `summary` varchar(500) NOT NULL;
-- rename column packages.summary to abstract
ALTER TABLE `packages` RENAME COLUMN IF EXISTS `summary` TO `abstract`;
-- comment on table licences
ALTER TABLE `licences` COMMENT = 'Software licences';
-- alter column licences.name comment
ALTER TABLE `licences` MODIFY COLUMN `name` varchar(200) NULL COMMENT 'shown';
-- create index ux_packages_token on packages
CREATE UNIQUE INDEX IF NOT EXISTS `ux_packages_token` ON `packages` (`token`);
-- add unique constraint uk_releases_version on releases
ALTER TABLE `releases` ADD CONSTRAINT `uk_releases_version` UNIQUE IF NOT EXISTS (`version`, `package_name`);
-- drop unique constraint uk_releases_version on releases
ALTER TABLE `releases` DROP INDEX IF EXISTS `uk_releases_version`;
-- drop index ux_packages_token on packages
DROP INDEX IF EXISTS `ux_packages_token` ON `packages`;
-- rename table releases to package_versions
RENAME TABLE IF EXISTS `releases` TO `package_versions`;
-- create table tags
CREATE TABLE IF NOT EXISTS `tags` (`name` varchar(50) NOT NULL, `label` varchar(50) NOT NULL, PRIMARY KEY (`name`));
-- drop primary key tags[name]
ALTER TABLE `tags` DROP INDEX IF EXISTS `PRIMARY`;
-- add primary key tags[label, name]
ALTER TABLE `tags` ADD PRIMARY KEY IF NOT EXISTS (`label`, `name`);
-- add check constraint ck_tags_label on tags
ALTER TABLE `tags` ADD CONSTRAINT IF NOT EXISTS `ck_tags_label` CHECK (label <> name);
-- drop check constraint ck_packages_stars on packages
ALTER TABLE `packages` DROP CONSTRAINT IF EXISTS `ck_packages_stars`;
-- drop column packages.last_updated
ALTER TABLE `packages` DROP COLUMN IF EXISTS `last_updated`;
-- alter sequence licences_seq increment 50 -> 1
ALTER SEQUENCE `licences_seq` INCREMENT BY 1;
-- alter sequence Ticket_Numbers start 1000 -> 5000 increment 1 -> 10
ALTER SEQUENCE `Ticket_Numbers` START WITH 5000 INCREMENT BY 10;
-- drop sequence Ticket_Numbers
DROP SEQUENCE IF EXISTS `Ticket_Numbers`;
-- execute UPDATE licences SET name = 'x' WHERE 1 = 0
UPDATE licences SET name = 'x' WHERE 1 = 0;
