package dev.retort.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.op.CreateTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose migration sources did not change finds their classes by the files' sizes and times without
 * reading them, and loads no migration class until a migration's operations are needed.
 */
class SourceMigrationsStampTest {
  private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

  @TempDir
  Path project;

  private Path migrations;
  private Path source;

  /** A migration whose class, once initialised, says so in a system property named after it. */
  static String migration(String id, String table) {
    return """
        package migrations;

        import static dev.retort.engine.migration.Dsl.*;

        import dev.retort.engine.migration.Migration;
        import dev.retort.engine.migration.Ops;
        import dev.retort.engine.migration.Revision;

        @Revision(id = "%s", message = "create\\ta table\\nwith \\\\ in it", branchLabels = "main")
        public final class CreateTables implements Migration {
          static {
            System.setProperty("retort.stamp-test.%s", "loaded");
          }

          @Override
          public void upgrade(Ops op) {
            op.createTable("%s", column("id", bigint()).notNull(), primaryKey("id"));
          }

          @Override
          public void downgrade(Ops op) {
            op.dropTable("%s", column("id", bigint()).notNull(), primaryKey("id"));
          }
        }
        """.formatted(id, id, table, table);
  }

  @BeforeEach
  void migrationsFolder() throws Exception {
    migrations = Files.createDirectories(project.resolve("migrations"));
    source = migrations.resolve("CreateTables.java");
    Files.writeString(source, migration("s1", "authors"));
    Files.setLastModifiedTime(source, AN_HOUR_AGO);
  }

  private String table(String id) {
    LoadedMigration loaded = SourceMigrations.load(migrations, project, List.of()).get(id);
    return ((CreateTable) loaded.upgradeOps().get(0)).table().name();
  }

  @Test
  void settledSourcesAreKnownByTheirSizesAndTimes() throws Exception {
    assertThat(table("s1")).isEqualTo("authors");
    // same size, same time, other contents: only a stamp can have answered
    Files.writeString(source, migration("s1", "readers"));
    Files.setLastModifiedTime(source, AN_HOUR_AGO);
    assertThat(table("s1")).isEqualTo("authors");
  }

  @Test
  void aChangedSourceCompilesAgain() throws Exception {
    assertThat(table("s1")).isEqualTo("authors");
    Files.writeString(source, migration("s1", "readers"));
    assertThat(table("s1")).isEqualTo("readers");
    Files.writeString(source, migration("s1", "writers"));
    assertThat(table("s1")).as("a source changed just now is read every time").isEqualTo("writers");
  }

  @Test
  void sourcesChangedJustNowAreNotStamped() throws Exception {
    Files.setLastModifiedTime(source, FileTime.from(Instant.now()));
    assertThat(table("s1")).isEqualTo("authors");
    try (Stream<Path> files = Files.list(project.resolve(".retort/cache"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".stamp")).toList()).isEmpty();
    }
  }

  @Test
  void theGraphComesFromTheIndexWithoutLoadingAClass() {
    String property = "retort.stamp-test.s1";
    MigrationSet first = SourceMigrations.load(migrations, project, List.of());
    assertThat(System.getProperty(property)).as("the first run loads the classes").isEqualTo("loaded");
    System.clearProperty(property);

    MigrationSet again = SourceMigrations.load(migrations, project, List.of());
    assertThat(again.graph().revisions()).isEqualTo(first.graph().revisions());
    assertThat(again.get("s1").info()).isEqualTo(first.get("s1").info());
    assertThat(again.get("s1").info().message()).isEqualTo("create\ta table\nwith \\ in it");
    assertThat(again.get("s1").info().branchLabels()).containsExactly("main");
    assertThat(System.getProperty(property)).as("reading the graph loads no migration class").isNull();

    assertThat(again.get("s1").checksum()).isEqualTo(first.get("s1").checksum());
    assertThat(System.getProperty(property)).isEqualTo("loaded");
  }
}
