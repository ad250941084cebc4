-- lock timeout 2000ms
SET lock_timeout = '2s';
-- create index ix_orders_customer on orders concurrently (outside the transaction)
CREATE INDEX CONCURRENTLY "ix_orders_customer" ON "orders" ("customer_id");
-- before each attempt, if SELECT 1 FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid WHERE NOT i.indisvalid AND c.relname = 'ix_orders_customer' AND i.indrelid = to_regclass('"orders"'):
-- DROP INDEX CONCURRENTLY IF EXISTS "ix_orders_customer";
-- drop index ix_orders_code on orders concurrently (outside the transaction)
DROP INDEX CONCURRENTLY "ix_orders_code";
-- add foreign key fk_orders_customer on orders not valid
ALTER TABLE "orders" ADD CONSTRAINT "fk_orders_customer" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") NOT VALID;
-- validate constraint fk_orders_customer on orders
ALTER TABLE "orders" VALIDATE CONSTRAINT "fk_orders_customer";
-- add check constraint ck_orders_quantity on orders not valid
ALTER TABLE "orders" ADD CONSTRAINT "ck_orders_quantity" CHECK (quantity > 0) NOT VALID;
-- validate constraint ck_orders_quantity on orders
ALTER TABLE "orders" VALIDATE CONSTRAINT "ck_orders_quantity";
-- add check constraint ck_orders_customer_not_null on orders not valid
ALTER TABLE "orders" ADD CONSTRAINT "ck_orders_customer_not_null" CHECK (customer_id IS NOT NULL) NOT VALID;
-- validate constraint ck_orders_customer_not_null on orders
ALTER TABLE "orders" VALIDATE CONSTRAINT "ck_orders_customer_not_null";
-- alter column orders.customer_id not null
ALTER TABLE "orders" ALTER COLUMN "customer_id" SET NOT NULL;
-- drop check constraint ck_orders_customer_not_null on orders
ALTER TABLE "orders" DROP CONSTRAINT "ck_orders_customer_not_null";
-- create index uk_orders_code on orders concurrently (outside the transaction)
CREATE UNIQUE INDEX CONCURRENTLY "uk_orders_code" ON "orders" ("code");
-- before each attempt, if SELECT 1 FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid WHERE NOT i.indisvalid AND c.relname = 'uk_orders_code' AND i.indrelid = to_regclass('"orders"'):
-- DROP INDEX CONCURRENTLY IF EXISTS "uk_orders_code";
-- add unique constraint uk_orders_code on orders using index uk_orders_code
ALTER TABLE "orders" ADD CONSTRAINT "uk_orders_code" UNIQUE USING INDEX "uk_orders_code";
