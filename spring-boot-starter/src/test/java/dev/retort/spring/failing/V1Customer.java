package dev.retort.spring.failing;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.varchar;

import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;

/** Creates the table Hibernate validates. */
@Revision(id = "cust00000001", message = "customer")
public final class V1Customer implements Migration {
  @Override
  public void upgrade(Ops op) {
    op.createTable("customer", column("id", bigint()).notNull(), column("full_name", varchar(255)),
        primaryKey("id"));
  }

  @Override
  public void downgrade(Ops op) {
    op.dropTable("customer", column("id", bigint()).notNull(), column("full_name", varchar(255)),
        primaryKey("id"));
  }
}
