package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the same N one-statement migrations (migration i creates table {@code t<i>} with a key and one
 * column) for every tool: Retort migration classes, Flyway SQL files, Alembic revision scripts, and the
 * plain statements for the direct run.
 *
 * <p>{@code MigrationSetGenerator COUNT DIR} leaves {@code DIR/retort/migrations/*.java},
 * {@code DIR/flyway/V*.sql}, {@code DIR/alembic/versions/*.py}, {@code DIR/direct.sql} and the head
 * revision's id in {@code DIR/head.txt}.
 */
public final class MigrationSetGenerator {
  private MigrationSetGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: MigrationSetGenerator COUNT DIR");
    }
    int count = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    Path retort = Files.createDirectories(dir.resolve("retort/migrations"));
    Path flyway = Files.createDirectories(dir.resolve("flyway"));
    Path alembic = Files.createDirectories(dir.resolve("alembic/versions"));
    List<String> direct = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String table = table(i);
      String parent = i == 1 ? null : revision(i - 1);
      String name = String.format(Locale.ROOT, "M%04d_Create%s", i, table.toUpperCase(Locale.ROOT));
      Files.writeString(retort.resolve(name + ".java"), retortMigration(name, revision(i), parent, table));
      Files.writeString(flyway.resolve("V" + i + "__create_" + table + ".sql"), sql(table) + ";\n");
      Files.writeString(alembic.resolve(revision(i) + "_create_" + table + ".py"),
          alembicRevision(revision(i), parent, table));
      direct.add(sql(table));
    }
    Files.write(dir.resolve("direct.sql"), direct);
    Files.writeString(dir.resolve("head.txt"), revision(count) + "\n");
  }

  /** The one statement of migration i, as Flyway and the direct run send it (valid on both databases). */
  static String sql(String table) {
    return "CREATE TABLE " + table + " (id bigint NOT NULL, name varchar(100), PRIMARY KEY (id))";
  }

  static String table(int i) {
    return String.format(Locale.ROOT, "t%04d", i);
  }

  /** Twelve hex digits, distinct for every i below 2^48 (an odd multiplier is a bijection). */
  static String revision(int i) {
    return String.format(Locale.ROOT, "%012x", (i * 0x9E3779B97F4BL) & 0xFFFF_FFFF_FFFFL);
  }

  private static String retortMigration(String name, String id, String parent, String table) {
    String columns = """
        column("id", bigint()).notNull(),
                column("name", varchar(100)),
                primaryKey("id"));""";
    return """
        package migrations;

        import static dev.retort.engine.migration.Dsl.bigint;
        import static dev.retort.engine.migration.Dsl.column;
        import static dev.retort.engine.migration.Dsl.primaryKey;
        import static dev.retort.engine.migration.Dsl.varchar;

        import dev.retort.engine.migration.Migration;
        import dev.retort.engine.migration.Ops;
        import dev.retort.engine.migration.Revision;

        @Revision(id = "%s"%s, message = "create %s")
        public final class %s implements Migration {
          @Override
          public void upgrade(Ops op) {
            op.createTable("%s",
                %s
          }

          @Override
          public void downgrade(Ops op) {
            op.dropTable("%s",
                %s
          }
        }
        """.formatted(id, parent == null ? "" : ", parents = \"" + parent + "\"", table, name, table, columns,
        table, columns);
  }

  private static String alembicRevision(String id, String parent, String table) {
    return """
        \"""create %s

        Revision ID: %s
        Revises: %s
        \"""
        from alembic import op
        import sqlalchemy as sa

        revision = "%s"
        down_revision = %s
        branch_labels = None
        depends_on = None


        def upgrade():
            op.create_table(
                "%s",
                sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
                sa.Column("name", sa.String(length=100), nullable=True),
                sa.PrimaryKeyConstraint("id"),
            )


        def downgrade():
            op.drop_table("%s")
        """.formatted(table, id, parent == null ? "" : parent, id, parent == null ? "None" : "\"" + parent + "\"",
        table, table);
  }
}
