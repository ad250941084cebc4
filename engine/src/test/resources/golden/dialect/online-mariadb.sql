-- lock timeout 2000ms
-- create index ix_orders_customer on orders concurrently (outside the transaction)
CREATE INDEX `ix_orders_customer` ON `orders` (`customer_id`);
-- drop index ix_orders_code on orders concurrently (outside the transaction)
DROP INDEX `ix_orders_code` ON `orders`;
-- add foreign key fk_orders_customer on orders not valid
ALTER TABLE `orders` ADD CONSTRAINT `fk_orders_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`);
-- validate constraint fk_orders_customer on orders
-- add check constraint ck_orders_quantity on orders not valid
ALTER TABLE `orders` ADD CONSTRAINT `ck_orders_quantity` CHECK (quantity > 0);
-- validate constraint ck_orders_quantity on orders
-- add check constraint ck_orders_customer_not_null on orders not valid
ALTER TABLE `orders` ADD CONSTRAINT `ck_orders_customer_not_null` CHECK (customer_id IS NOT NULL);
-- validate constraint ck_orders_customer_not_null on orders
-- alter column orders.customer_id not null
ALTER TABLE `orders` MODIFY COLUMN `customer_id` bigint NOT NULL;
-- drop check constraint ck_orders_customer_not_null on orders
ALTER TABLE `orders` DROP CONSTRAINT `ck_orders_customer_not_null`;
-- create index uk_orders_code on orders concurrently (outside the transaction)
CREATE UNIQUE INDEX `uk_orders_code` ON `orders` (`code`);
-- add unique constraint uk_orders_code on orders using index uk_orders_code
DROP INDEX `uk_orders_code` ON `orders`;
ALTER TABLE `orders` ADD CONSTRAINT `uk_orders_code` UNIQUE (`code`);
