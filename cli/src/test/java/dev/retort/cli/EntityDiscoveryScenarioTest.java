package dev.retort.cli;

import static dev.retort.cli.ScenarioSupport.args;
import static dev.retort.cli.ScenarioSupport.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.JarBuilder;
import dev.retort.engine.testing.JavaSources;
import dev.retort.engine.testing.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity discovery through the command line, on class paths built in each test the way real projects ship
 * them: a package with a helper that cannot load, a nested entity, a Spring Boot executable jar, an entity
 * whose field type is missing, a second hibernate-core.
 */
class EntityDiscoveryScenarioTest {
  private static final String NO_CHANGES = "No changes: the database matches the entities in %s. Nothing was"
      + " written.\n";

  @TempDir
  Path dir;

  @Test
  void unloadableHelpersAreLeftAloneAndNestedEntitiesKept() throws Exception {
    Path lib = JavaSources.compile(dir.resolve("lib"), Map.of("fx.lib.Base", "package fx.lib; public class Base {}"));
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.app.Order", entity("fx.app", "Order", "orders", "", "String code;"),
        "fx.app.Helper", "package fx.app; public class Helper extends fx.lib.Base {}",
        "fx.app.Outer", """
            package fx.app;
            public class Outer {
              @jakarta.persistence.Entity @jakarta.persistence.Table(name = "order_lines")
              public static class Line { @jakarta.persistence.Id Long id; int quantity; }
            }"""), lib);
    Files.delete(lib.resolve("fx/lib/Base.class"));
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      CliRunner cli = initialised();
      String[] database = database(db);

      CliRunner.Result first = cli.run(args(database, "autogen", "--entities", "fx.app", "--classpath",
          classes.toString(), "-m", "create orders", "--rev-id", "aaaaaaaaaaa1"));
      assertThat(first.exitCode()).as(first.toString()).isZero();
      assertThat(first.out().lines().toList()).hasSize(3);
      assertThat(first.out().lines().findFirst().orElseThrow())
          .matches("Wrote migrations/M\\d{8}_\\d{6}_CreateOrders.java \\(revision aaaaaaaaaaa1\\)");
      assertThat(first.out().lines().skip(1)).containsExactly("  + create table order_lines",
          "  + create table orders");
      assertThat(first.errorText()).isEmpty();
      CliRunner.Result upgrade = cli.run(args(database, "upgrade", "head"));
      assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();

      CliRunner.Result again = cli.run(args(database, "autogen", "--entities", "fx.app", "--classpath",
          classes.toString(), "--verbose"));
      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(again.out()).isEqualTo("""
          skipped fx.app.Helper: not annotated @Entity, @Embeddable, @MappedSuperclass or @Converter(autoApply\
           = true); loaded only if a mapped class uses it
          skipped fx.app.Outer: not annotated @Entity, @Embeddable, @MappedSuperclass or @Converter(autoApply\
           = true); loaded only if a mapped class uses it
          """ + NO_CHANGES.formatted("fx.app"));
    }
  }

  @Test
  void aSpringBootExecutableJarIsReadWithItsLibraries() throws Exception {
    Path base = JavaSources.compile(dir.resolve("base"), Map.of(
        "fx.base.Audited", """
            package fx.base;
            @jakarta.persistence.MappedSuperclass
            public abstract class Audited { @jakarta.persistence.Id Long id; String createdBy; }""",
        "fx.base.Address", """
            package fx.base;
            @jakarta.persistence.Embeddable
            public class Address { String street; String city; }"""));
    Path app = JavaSources.compile(dir.resolve("app"), Map.of("fx.boot.Customer", """
        package fx.boot;
        @jakarta.persistence.Entity @jakarta.persistence.Table(name = "customers")
        public class Customer extends fx.base.Audited { String name; fx.base.Address address; }"""), base);
    Path baseJar = new JarBuilder().folder("", base).write(dir.resolve("base.jar"));
    Path bootJar = new JarBuilder()
        .manifest("Main-Class", "org.springframework.boot.loader.launch.JarLauncher")
        .manifest("Start-Class", "fx.boot.Application")
        .manifest("Spring-Boot-Classes", "BOOT-INF/classes/")
        .manifest("Spring-Boot-Lib", "BOOT-INF/lib/")
        .folder("BOOT-INF/classes/", app)
        .file("BOOT-INF/lib/base.jar", baseJar)
        // as in every Spring Boot JPA application: its own Hibernate and JPA API (here the versions Retort has)
        .file("BOOT-INF/lib/hibernate-core.jar", jarOf(org.hibernate.Version.class))
        .file("BOOT-INF/lib/jakarta.persistence-api.jar", jarOf(jakarta.persistence.Entity.class))
        .text("BOOT-INF/classpath.idx", "- \"BOOT-INF/lib/base.jar\"\n- \"BOOT-INF/lib/hibernate-core.jar\"\n"
            + "- \"BOOT-INF/lib/jakarta.persistence-api.jar\"\n")
        .write(dir.resolve("dist/app.jar"));
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      CliRunner cli = initialised();
      String[] database = database(db);
      Path project = cli.workingDir();

      CliRunner.Result first = cli.run(args(database, "autogen", "--entities", "fx.boot", "--classpath",
          bootJar.toString(), "-m", "customers", "--rev-id", "bbbbbbbbbbb1"));
      assertThat(first.exitCode()).as(first.toString()).isZero();
      assertThat(first.out().lines().toList()).hasSize(2);
      assertThat(first.out().lines().skip(1)).containsExactly("  + create table customers");
      CliRunner.Result upgrade = cli.run(args(database, "upgrade", "head"));
      assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
      assertThat(rows(db, "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'CUSTOMERS'"
          + " ORDER BY COLUMN_NAME")).containsExactly("CITY", "CREATEDBY", "ID", "NAME", "STREET");

      CliRunner.Result again = cli.run(args(database, "autogen", "--entities", "fx.boot", "--classpath",
          bootJar.toString()));
      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(again.out()).isEqualTo(NO_CHANGES.formatted("fx.boot"));

      Path cache = project.resolve(".retort/boot-jars");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(project.resolve(".retort"))))
          .isEqualTo("rwx------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
      try (Stream<Path> expanded = Files.list(cache)) {
        List<Path> folders = expanded.toList();
        assertThat(folders).hasSize(1);
        assertThat(folders.get(0).getFileName().toString()).matches("app-[0-9a-f]{16}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folders.get(0))))
            .isEqualTo("rwx------");
        assertThat(folders.get(0).resolve("lib/base.jar")).hasSameBinaryContentAs(baseJar);
      }
    }
  }

  @Test
  void anEntityWhoseFieldTypeIsMissingStopsWithExitFourteen() throws Exception {
    Path lib = JavaSources.compile(dir.resolve("lib"), Map.of("fx.lib.Money", """
        package fx.lib;
        @jakarta.persistence.Embeddable public class Money { long cents; }"""));
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.bad.Invoice", entity("fx.bad", "Invoice", "invoices", "", "fx.lib.Money amount;")), lib);
    Files.delete(lib.resolve("fx/lib/Money.class"));
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      CliRunner cli = initialised();

      CliRunner.Result result = cli.run(args(database(db), "autogen", "--entities", "fx.bad", "--classpath",
          classes + File.pathSeparator + lib, "-m", "invoices"));
      assertThat(result.exitCode()).as(result.toString()).isEqualTo(14);
      assertThat(result.errorText()).isEqualTo("error: Entity fx.bad.Invoice needs class fx.lib.Money (field amount),"
          + " which is not on the entities' class path, so Hibernate cannot map it. Nothing was written. Add the"
          + " jar that holds fx.lib.Money to --classpath (or classpath in retort.properties), then rerun.\n");
      assertThat(result.out()).isEmpty();
      try (Stream<Path> written = Files.list(cli.workingDir().resolve("migrations"))) {
        assertThat(written).isEmpty();
      }
    }
  }

  @Test
  void aSecondHibernateOnTheClassPathIsNamedInAWarning() throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.app.Order", entity("fx.app", "Order", "orders", "", "")));
    // what Retort looks at in a hibernate-core jar: its manifest and its org.hibernate.Version class file
    Path fake = JavaSources.compile(dir.resolve("fake"), Map.of("org.hibernate.Version",
        "package org.hibernate; public final class Version {}"));
    Path hibernate6 = new JarBuilder().manifest("Implementation-Version", "6.4.4.Final").folder("", fake)
        .write(dir.resolve("lib/hibernate-core-6.4.4.Final.jar"));
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      CliRunner cli = initialised();

      CliRunner.Result result = cli.run(args(database(db), "autogen", "--entities", "fx.app", "--classpath",
          classes + File.pathSeparator + hibernate6, "-m", "orders"));
      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.out().lines().findFirst().orElseThrow()).isEqualTo("warning: The entities' class path holds"
          + " hibernate-core 6.4.4.Final (hibernate-core-6.4.4.Final.jar); Retort reads the mapping with its own"
          + " Hibernate " + org.hibernate.Version.getVersionString() + ".");
      assertThat(result.out().lines().skip(2)).containsExactly("  + create table orders");
    }
  }

  private static Path jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private CliRunner initialised() throws Exception {
    CliRunner cli = new CliRunner(Files.createDirectories(dir.resolve("project")));
    assertThat(cli.run("init").exitCode()).isZero();
    return cli;
  }

  private static String[] database(TestDatabase db) {
    return new String[] {"--url", db.url(), "--user", db.user(), "--password", db.password()};
  }

  private static String entity(String packageName, String name, String table, String annotations, String members) {
    return "package " + packageName + ";\n" + annotations
        + "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"" + table + "\")\n"
        + "public class " + name + " {\n  @jakarta.persistence.Id Long id;\n  " + members + "\n}\n";
  }
}
