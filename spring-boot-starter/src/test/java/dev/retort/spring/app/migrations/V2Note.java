package dev.retort.spring.app.migrations;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.primaryKey;

import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;

/** A second migration, so a run applies more than one. */
@Revision(id = "cust00000002", parents = "cust00000001", message = "note")
public final class V2Note implements Migration {
  @Override
  public void upgrade(Ops op) {
    op.createTable("note", column("id", bigint()).notNull(), primaryKey("id"));
  }

  @Override
  public void downgrade(Ops op) {
    op.dropTable("note", column("id", bigint()).notNull(), primaryKey("id"));
  }
}
