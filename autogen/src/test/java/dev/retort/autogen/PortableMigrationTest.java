package dev.retort.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.autogen.discovery.EntityDiscovery;
import dev.retort.autogen.render.MigrationNaming;
import dev.retort.autogen.render.MigrationRenderer;
import dev.retort.autogen.render.MigrationSpec;
import dev.retort.autogen.render.SourceCompiler;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One migration chain for every database: the migration autogenerate writes on one database, compiled as
 * it was written, runs unchanged on another, after which autogenerate there finds nothing and Hibernate's
 * own schema validator is satisfied. H2 in tests and PostgreSQL or MariaDB in production, and back.
 */
class PortableMigrationTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{2}: generated on {0}, applied on {1}")
  @CsvSource({
      "H2, POSTGRESQL, dev.retort.sample",
      "H2, MARIADB, dev.retort.sample",
      "POSTGRESQL, H2, dev.retort.sample",
      "H2, POSTGRESQL, dev.retort.autogen.portable",
      "H2, MARIADB, dev.retort.autogen.portable",
      "POSTGRESQL, H2, dev.retort.autogen.portable",
      "POSTGRESQL, MARIADB, dev.retort.autogen.portable"})
  void aMigrationGeneratedOnOneDatabaseRunsOnAnother(DatabaseKind generatedOn, DatabaseKind appliedOn,
      String entityPackage) throws Exception {
    DiscoveredEntities entities = EntityDiscovery.discover(getClass().getClassLoader(), entityPackage);
    List<SchemaOp> recorded = generateAndCompile(generatedOn, entities);
    try (TestDatabase target = TestDatabase.create(appliedOn)) {
      SqlDialect dialect = Dialects.forJdbcUrl(target.url());
      try (Connection c = target.connect(); Statement s = c.createStatement()) {
        for (SchemaOp op : recorded) {
          for (String sql : dialect.toSql(op)) {
            s.execute(sql);
          }
        }
      }
      SchemaDiff after;
      try (Connection c = target.connect()) {
        after = new Autogenerator(dialect).compare(c, entities, Renames.NONE);
      }
      assertThat(after.upgrade()).extracting(SchemaOp::describe).as("autogen on " + appliedOn).isEmpty();
      assertThat(after.warnings()).as("warnings on " + appliedOn).isEmpty();
      assertThat(HibernateValidator.validate(entities, target)).as("Hibernate's validator on " + appliedOn)
          .isEmpty();
    }
  }

  /** Autogenerate on an empty database of the kind, rendered to Java, compiled, and the operations it records. */
  private List<SchemaOp> generateAndCompile(DatabaseKind kind, DiscoveredEntities entities) throws Exception {
    SchemaDiff diff;
    try (TestDatabase source = TestDatabase.create(kind); Connection c = source.connect()) {
      diff = new Autogenerator(Dialects.forJdbcUrl(source.url())).compare(c, entities,
          Renames.NONE);
    }
    assertThat(diff.warnings()).as("warnings on " + kind).isEmpty();
    String message = "portable " + kind.name().toLowerCase(Locale.ROOT);
    MigrationSpec spec = new MigrationSpec("portable.migrations",
        MigrationNaming.className(Instant.parse("2026-12-02T10:00:00Z"), message), "a1b2c3d4e5f6", List.of(),
        message, diff.upgrade(), diff.downgrade());
    Class<?> type = SourceCompiler.compile(dir.resolve(kind.name()), spec.packageName() + "." + spec.className(),
        new MigrationRenderer().render(spec));
    Ops ops = new Ops();
    ((Migration) type.getConstructor().newInstance()).upgrade(ops);
    assertThat(ops.recorded()).isEqualTo(diff.upgrade());
    return ops.recorded();
  }
}
