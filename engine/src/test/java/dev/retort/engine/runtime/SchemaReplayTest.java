package dev.retort.engine.runtime;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.columns;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.row;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.revision.RevisionInfo;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Migrations replayed in memory build the schema their operations describe, and say what they cannot follow. */
class SchemaReplayTest {
  private static LoadedMigration migration(String id, List<String> parents, Consumer<Ops> upgrade) {
    return new LoadedMigration(new RevisionInfo(id, parents, "step " + id, "app.M" + id), new Migration() {
      @Override
      public void upgrade(Ops op) {
        upgrade.accept(op);
      }

      @Override
      public void downgrade(Ops op) {}
    });
  }

  private static void authors(Ops op) {
    op.createTable("authors", column("id", bigint()).notNull(), primaryKey("id"));
  }

  @Test
  void theChainBuildsWhatItsOperationsDescribe() {
    SchemaReplay replay = SchemaReplay.of(List.of(
        migration("a1", List.of(), SchemaReplayTest::authors),
        migration("b2", List.of("a1"), op -> op.addColumn("authors", column("name", varchar(80)))
            .insertRows("authors", columns("id", "name"), row(1, "Ann")))));
    assertThat(replay.schema().tables()).hasSize(1);
    assertThat(replay.schema().requireTable("authors").columns())
        .containsExactly(column("id", bigint()).notNull(), column("name", varchar(80)));
    assertThat(replay.untracked()).isEmpty();
    assertThat(replay.replayed()).isEqualTo(2);
  }

  @Test
  void rawSqlAndJdbcCodeAreNamedByRevision() {
    SchemaReplay replay = SchemaReplay.of(List.of(
        migration("a1", List.of(), op -> authors(op.execute("CREATE VIEW v AS SELECT 1", "DROP VIEW v"))),
        migration("b2", List.of("a1"), op -> op.outsideTransaction(o -> o.run("fill names", c -> { }))),
        migration("c3", List.of("b2"), op -> op.addColumn("authors", column("name", varchar(80))))));
    assertThat(replay.untracked()).containsExactly("a1 (Ma1)", "b2 (Mb2)");
  }

  @Test
  void anOperationOnWhatRawSqlMadeCannotBeReplayed() {
    assertThatThrownBy(() -> SchemaReplay.of(List.of(migration("a1", List.of(), op -> op
        .execute("CREATE TABLE books (id bigint)", "DROP TABLE books")
        .addColumn("books", column("title", varchar(80)))))))
        .isInstanceOf(RetortException.class)
        .hasMessage("Migration a1 (Ma1) cannot be replayed in memory: add column books.title: no table books in the"
            + " schema. The schema it expects may come from raw SQL or JDBC code in a1 (Ma1), which a replay cannot"
            + " follow. Nothing was done. Fix the migration, or compare against a database instead.")
        .extracting(e -> ((RetortException) e).code()).isEqualTo(ErrorCode.MIGRATION_INVALID);
  }
}
