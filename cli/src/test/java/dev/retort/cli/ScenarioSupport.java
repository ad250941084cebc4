package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** What the scenario tests share: command lines against a database, query results, compiled test models. */
final class ScenarioSupport {
  private static final Path AUTOGEN_TEST_SOURCES = Path.of("../autogen/src/test/java");

  private ScenarioSupport() {}

  /** {@code command} followed by the database options. */
  static String[] args(String[] database, String... command) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(database));
    return all.toArray(String[]::new);
  }

  /** Each row of the query as its values joined by {@code |}, nulls as {@code null}. */
  static List<String> rows(TestDatabase db, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int width = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
          values.add(String.valueOf(rs.getString(i)));
        }
        rows.add(String.join("|", values));
      }
    }
    return rows;
  }

  /**
   * Hibernate's settings for the entities {@code loader} loads, connected to {@code db}, validating the schema
   * it finds when a session factory starts; {@code settings} come as name, value pairs.
   */
  static StandardServiceRegistryBuilder validatingHibernate(TestDatabase db, ClassLoader loader,
      String... settings) {
    StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(
        new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
        .applySetting("jakarta.persistence.jdbc.url", db.url())
        .applySetting("jakarta.persistence.jdbc.user", db.user())
        .applySetting("jakarta.persistence.jdbc.password", db.password())
        .applySetting("hibernate.hbm2ddl.auto", "validate");
    for (int i = 0; i < settings.length; i += 2) {
      builder.applySetting(settings[i], settings[i + 1]);
    }
    return builder;
  }

  /** A test model of the autogen module, compiled on its own into {@code classes} as a user's build would. */
  static Path compileAutogenTestPackage(String packageName, Path classes) throws Exception {
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path"), "-proc:none", "-nowarn", "-encoding", "UTF-8"));
    try (Stream<Path> files = Files.list(AUTOGEN_TEST_SOURCES.resolve(packageName.replace('.', '/')))) {
      files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> args.add(f.toString()));
    }
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
        .as("javac status").isZero();
    return classes;
  }
}
