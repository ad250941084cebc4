package dev.retort.engine.appmigrations;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.varchar;

import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;

/** An application's first migration, compiled into it. */
@Revision(id = "app000000001", message = "authors")
public final class V1Authors implements Migration {
  @Override
  public void upgrade(Ops op) {
    op.createTable("authors", column("id", bigint()).notNull(), column("name", varchar(100)), primaryKey("id"));
  }

  @Override
  public void downgrade(Ops op) {
    op.dropTable("authors", column("id", bigint()).notNull(), column("name", varchar(100)), primaryKey("id"));
  }
}
