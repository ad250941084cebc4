-- lock timeout 2000ms
-- create index ix_orders_customer on orders concurrently (outside the transaction)
CREATE INDEX "IX_ORDERS_CUSTOMER" ON "ORDERS" ("CUSTOMER_ID");
-- drop index ix_orders_code on orders concurrently (outside the transaction)
DROP INDEX "IX_ORDERS_CODE";
-- add foreign key fk_orders_customer on orders not valid
ALTER TABLE "ORDERS" ADD CONSTRAINT "FK_ORDERS_CUSTOMER" FOREIGN KEY ("CUSTOMER_ID") REFERENCES "CUSTOMERS" ("ID");
-- validate constraint fk_orders_customer on orders
-- add check constraint ck_orders_quantity on orders not valid
ALTER TABLE "ORDERS" ADD CONSTRAINT "CK_ORDERS_QUANTITY" CHECK (quantity > 0);
-- validate constraint ck_orders_quantity on orders
-- add check constraint ck_orders_customer_not_null on orders not valid
ALTER TABLE "ORDERS" ADD CONSTRAINT "CK_ORDERS_CUSTOMER_NOT_NULL" CHECK (customer_id IS NOT NULL);
-- validate constraint ck_orders_customer_not_null on orders
-- alter column orders.customer_id not null
ALTER TABLE "ORDERS" ALTER COLUMN "CUSTOMER_ID" SET NOT NULL;
-- drop check constraint ck_orders_customer_not_null on orders
ALTER TABLE "ORDERS" DROP CONSTRAINT "CK_ORDERS_CUSTOMER_NOT_NULL";
-- create index uk_orders_code on orders concurrently (outside the transaction)
CREATE UNIQUE INDEX "UK_ORDERS_CODE" ON "ORDERS" ("CODE");
-- add unique constraint uk_orders_code on orders using index uk_orders_code
DROP INDEX "UK_ORDERS_CODE";
ALTER TABLE "ORDERS" ADD CONSTRAINT "UK_ORDERS_CODE" UNIQUE ("CODE");
