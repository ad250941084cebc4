package dev.retort.autogen;

import dev.retort.autogen.compare.SchemaComparator;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.entity.EntityModels;
import dev.retort.autogen.render.MigrationNaming;
import dev.retort.autogen.render.MigrationRenderer;
import dev.retort.autogen.render.MigrationSpec;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.testing.Golden;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first migration of the sample entities, per database, exactly as autogenerate writes it. */
class SampleMigrationGoldenTest {
  @ParameterizedTest
  @CsvSource({"postgresql, 15, 0", "h2, 2, 3", "mariadb, 10, 11"})
  void initialMigrationOfTheSampleEntities(String database, int major, int minor) {
    SqlDialect dialect = Dialects.forName(database);
    SchemaModel entities = EntityModels.read(getClass().getClassLoader(), "dev.retort.sample", dialect, major, minor);
    SchemaDiff diff = new SchemaComparator().compare(entities, SchemaModel.EMPTY);
    String message = "create package index";
    MigrationSpec spec = new MigrationSpec("com.example.migrations",
        MigrationNaming.className(Instant.parse("2026-11-24T10:15:00Z"), message), "a1b2c3d4e5f6", List.of(),
        message, diff.upgrade(), diff.downgrade());
    Golden.assertMatches("sample/" + database + "/" + spec.className() + ".java", new MigrationRenderer().render(spec));
  }
}
