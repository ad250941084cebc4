package dev.retort.spring.failing;

import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;

/** Inserts into a table nothing created. */
@Revision(id = "fail00000002", parents = "cust00000001", message = "broken")
public final class V2Broken implements Migration {
  @Override
  public void upgrade(Ops op) {
    op.execute("INSERT INTO no_such_table VALUES (1)", "DELETE FROM no_such_table");
  }

  @Override
  public void downgrade(Ops op) {
    op.execute("DELETE FROM no_such_table", "INSERT INTO no_such_table VALUES (1)");
  }
}
