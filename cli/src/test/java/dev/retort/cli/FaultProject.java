package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project with two migrations: the first makes tables {@code items} and {@code big}; the second runs five
 * statements of different kinds, the second of which rewrites every row of {@code big}.
 */
final class FaultProject {
  static final String BASE = "base00000001";
  static final String FIVE = "five00000002";
  static final String LONG_STATEMENT = "ALTER TABLE";

  private FaultProject() {}

  static Path create(Path folder) throws IOException {
    Path migrations = Files.createDirectories(folder.resolve("migrations"));
    Files.writeString(migrations.resolve("M20261202_100001_Base.java"), """
        package migrations;

        import static dev.retort.engine.migration.Dsl.*;

        import dev.retort.engine.migration.Migration;
        import dev.retort.engine.migration.Ops;
        import dev.retort.engine.migration.Revision;

        @Revision(id = "%s", message = "items and big")
        public final class M20261202_100001_Base implements Migration {
          @Override
          public void upgrade(Ops op) {
            op.createTable("items", column("id", bigint()).notNull(), column("label", varchar(50)), primaryKey("id"));
            op.createTable("big", column("id", bigint()).notNull(), column("n", integer()), primaryKey("id"));
          }

          @Override
          public void downgrade(Ops op) {
            op.dropTable("big", column("id", bigint()).notNull(), column("n", integer()), primaryKey("id"));
            op.dropTable("items", column("id", bigint()).notNull(), column("label", varchar(50)), primaryKey("id"));
          }
        }
        """.formatted(BASE));
    Files.writeString(migrations.resolve("M20261202_100002_Five.java"), """
        package migrations;

        import static dev.retort.engine.migration.Dsl.*;

        import dev.retort.engine.migration.Migration;
        import dev.retort.engine.migration.Ops;
        import dev.retort.engine.migration.Revision;

        @Revision(id = "%s", parents = "%s", message = "five statements")
        public final class M20261202_100002_Five implements Migration {
          @Override
          public void upgrade(Ops op) {
            op.addColumn("items", column("note", varchar(100)));
            op.alterColumn("big", column("n", integer()), column("n", bigint()));
            op.insertRows("items", columns("id", "label"), row(1, "first"));
            op.createIndex("items", index("ix_items_note", "note"));
            op.renameColumn("items", "label", "title");
          }

          @Override
          public void downgrade(Ops op) {
            op.renameColumn("items", "title", "label");
            op.dropIndex("items", index("ix_items_note", "note"));
            op.deleteRows("items", columns("id", "label"), row(1, "first"));
            op.alterColumn("big", column("n", bigint()), column("n", integer()));
            op.dropColumn("items", column("note", varchar(100)));
          }
        }
        """.formatted(FIVE, BASE));
    return folder;
  }
}
