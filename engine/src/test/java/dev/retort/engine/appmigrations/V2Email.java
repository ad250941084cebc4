package dev.retort.engine.appmigrations;

import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.varchar;

import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;

/** Its second: two statements. */
@Revision(id = "app000000002", parents = "app000000001", message = "author email")
public final class V2Email implements Migration {
  @Override
  public void upgrade(Ops op) {
    op.addColumn("authors", column("email", varchar(200)));
    op.createIndex("authors", index("ix_authors_email", "email"));
  }

  @Override
  public void downgrade(Ops op) {
    op.dropIndex("authors", index("ix_authors_email", "email"));
    op.dropColumn("authors", column("email", varchar(200)));
  }
}
