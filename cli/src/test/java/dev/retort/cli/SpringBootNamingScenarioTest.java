package dev.retort.cli;

import static dev.retort.cli.ScenarioSupport.args;
import static dev.retort.cli.ScenarioSupport.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.JarBuilder;
import dev.retort.engine.testing.JavaSources;
import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen} on a Spring Boot application's jar writes the schema the application runs with: Spring's
 * naming strategies, or those its {@code application.properties} names, unless {@code retort.properties}
 * names its own.
 */
class SpringBootNamingScenarioTest {
  private static final String STANDARD = "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";

  @TempDir
  Path dir;

  @Test
  void aSpringBootJarIsMappedWithSpringsNaming() throws Exception {
    Path jar = bootJar("");
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      CliRunner cli = initialised("");
      String[] database = database(db);
      CliRunner.Result first = cli.run(args(database, "autogen", "--entities", "fx.shelves", "--classpath",
          jar.toString(), "-m", "shelves", "--rev-id", "ccccccccccc1"));
      assertThat(first.exitCode()).as(first.toString()).isZero();
      assertThat(first.out().lines().skip(1)).containsExactly("  + create table book", "  + create table shelf",
          "  + create table shelf_books");
      assertThat(cli.run(args(database, "upgrade", "head")).exitCode()).isZero();
      assertThat(columns(db, "SHELF")).isEqualTo("CAMEL_CASE_FIELD, ID");
      assertThat(columns(db, "SHELF_BOOKS")).isEqualTo("BOOKS_ID, SHELF_ID");

      CliRunner.Result again = cli.run(args(database, "autogen", "--entities", "fx.shelves", "--classpath",
          jar.toString()));
      assertThat(again.out()).as(again.toString()).isEqualTo("No changes: the database matches the entities in"
          + " fx.shelves. Nothing was written.\n");
    }
  }

  @Test
  void theApplicationsOwnPhysicalStrategyIsUsed() throws Exception {
    Path jar = bootJar("spring.jpa.hibernate.naming.physical-strategy=" + STANDARD + "\n");
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      CliRunner cli = initialised("");
      CliRunner.Result first = cli.run(args(database(db), "autogen", "--entities", "fx.shelves", "--classpath",
          jar.toString(), "-m", "shelves", "--rev-id", "ccccccccccc1"));
      // unquoted names fold to one case: the columns tell the strategies apart
      assertThat(first.out().lines().skip(1)).as(first.toString()).containsExactly("  + create table book",
          "  + create table shelf", "  + create table shelf_books");
      assertThat(cli.run(args(database(db), "upgrade", "head")).exitCode()).isZero();
      assertThat(columns(db, "SHELF")).isEqualTo("CAMELCASEFIELD, ID");
    }
  }

  @Test
  void retortPropertiesWinOverTheApplication() throws Exception {
    Path jar = bootJar("spring.jpa.hibernate.naming.physical-strategy=" + STANDARD + "\n");
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      CliRunner cli = initialised("hibernate.physical_naming_strategy="
          + "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl\n");
      CliRunner.Result first = cli.run(args(database(db), "autogen", "--entities", "fx.shelves", "--classpath",
          jar.toString(), "-m", "shelves", "--rev-id", "ccccccccccc1"));
      assertThat(first.exitCode()).as(first.toString()).isZero();
      assertThat(cli.run(args(database(db), "upgrade", "head")).exitCode()).isZero();
      assertThat(columns(db, "SHELF")).isEqualTo("CAMEL_CASE_FIELD, ID");
    }
  }

  /** A Spring Boot executable jar with the entities, its {@code application.properties} and its libraries. */
  private Path bootJar(String applicationProperties) throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.shelves.Shelf", """
            package fx.shelves;
            @jakarta.persistence.Entity
            public class Shelf {
              @jakarta.persistence.Id Long id;
              String camelCaseField;
              @jakarta.persistence.ManyToMany java.util.Set<Book> books;
            }""",
        "fx.shelves.Book", """
            package fx.shelves;
            @jakarta.persistence.Entity
            public class Book { @jakarta.persistence.Id Long id; }"""));
    Files.writeString(classes.resolve("application.properties"), applicationProperties);
    return new JarBuilder()
        .manifest("Main-Class", "org.springframework.boot.loader.launch.JarLauncher")
        .manifest("Spring-Boot-Classes", "BOOT-INF/classes/")
        .manifest("Spring-Boot-Lib", "BOOT-INF/lib/")
        .folder("BOOT-INF/classes/", classes)
        .file("BOOT-INF/lib/spring-boot-hibernate.jar",
            Path.of(System.getProperty("retort.test.spring-boot-hibernate")))
        .file("BOOT-INF/lib/hibernate-core.jar", jarOf(org.hibernate.Version.class))
        .file("BOOT-INF/lib/jakarta.persistence-api.jar", jarOf(jakarta.persistence.Entity.class))
        .text("BOOT-INF/classpath.idx", "- \"BOOT-INF/lib/spring-boot-hibernate.jar\"\n"
            + "- \"BOOT-INF/lib/hibernate-core.jar\"\n- \"BOOT-INF/lib/jakarta.persistence-api.jar\"\n")
        .write(dir.resolve("dist/app.jar"));
  }

  private static String columns(TestDatabase db, String table) throws Exception {
    return String.join(", ", rows(db, "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '"
        + table + "' ORDER BY COLUMN_NAME"));
  }

  private static Path jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private CliRunner initialised(String retortProperties) throws Exception {
    CliRunner cli = new CliRunner(Files.createDirectories(dir.resolve("project")));
    assertThat(cli.run("init").exitCode()).isZero();
    Path properties = cli.workingDir().resolve("retort.properties");
    Files.writeString(properties, Files.readString(properties) + retortProperties);
    return cli;
  }

  private static String[] database(TestDatabase db) {
    return new String[] {"--url", db.url(), "--user", db.user(), "--password", db.password()};
  }
}
