package dev.retort.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.testing.DatabaseKind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The checks every corpus model goes through on every database, a project's own schema or not: the initial
 * migration is Hibernate's export, and nothing is left to do against Hibernate's export.
 */
abstract class HibernateExportCorpusTest {
  abstract CorpusModel model();

  /** How the model is compared; a model whose tool keeps tables of its own leaves them out. */
  CorpusCheck check() {
    return new CorpusCheck(model());
  }

  /**
   * The databases the model runs on as published; a model that cannot run on one (a column definition only
   * some databases know) proves that with a test of its own, and these checks skip it, saying so.
   */
  Set<DatabaseKind> databases() {
    return EnumSet.allOf(DatabaseKind.class);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void initialMigrationIsHibernatesExport(DatabaseKind kind) throws Exception {
    runsOn(kind);
    assertThat(check().initialMigrationIsHibernatesExport(kind)).extracting(SchemaOp::describe).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void nothingToDoAfterHibernatesExport(DatabaseKind kind) throws Exception {
    runsOn(kind);
    assertThat(check().autogenAfterHibernatesExport(kind)).extracting(SchemaOp::describe).isEmpty();
  }

  private void runsOn(DatabaseKind kind) {
    assumeTrue(databases().contains(kind), () -> model().name() + " as published does not run on " + kind);
  }
}
