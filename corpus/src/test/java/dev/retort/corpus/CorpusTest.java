package dev.retort.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.testing.DatabaseKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three checks every corpus model goes through on every database: the initial migration is Hibernate's
 * export, nothing is left to do against Hibernate's export, and the project's own schema migrates with
 * exactly its real differences and comes back on downgrade.
 */
abstract class CorpusTest {
  abstract CorpusModel model();

  /** How the project's schema is compared; a model whose tool keeps tables of its own leaves them out. */
  CorpusCheck check() {
    return new CorpusCheck(model());
  }

  abstract ProjectSchema projectSchema();

  abstract SampleRows sampleRows();

  abstract List<String> expectedOperations(DatabaseKind kind) throws Exception;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void initialMigrationIsHibernatesExport(DatabaseKind kind) throws Exception {
    assertThat(check().initialMigrationIsHibernatesExport(kind)).extracting(SchemaOp::describe).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void nothingToDoAfterHibernatesExport(DatabaseKind kind) throws Exception {
    assertThat(check().autogenAfterHibernatesExport(kind)).extracting(SchemaOp::describe).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void projectSchemaMigrates(DatabaseKind kind) throws Exception {
    check().projectSchemaMigrates(kind, projectSchema(), sampleRows(), expectedOperations(kind));
  }
}
