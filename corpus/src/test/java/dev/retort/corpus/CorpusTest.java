package dev.retort.corpus;

import dev.retort.engine.testing.DatabaseKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The checks against Hibernate's export, and for a model whose project ships its own schema: that schema
 * migrates with exactly its real differences and comes back on downgrade.
 */
abstract class CorpusTest extends HibernateExportCorpusTest {
  abstract ProjectSchema projectSchema();

  abstract SampleRows sampleRows();

  abstract List<String> expectedOperations(DatabaseKind kind) throws Exception;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void projectSchemaMigrates(DatabaseKind kind) throws Exception {
    check().projectSchemaMigrates(kind, projectSchema(), sampleRows(), expectedOperations(kind));
  }
}
