package dev.retort.bench;

import dev.retort.autogen.Autogenerator;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.SchemaOp;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A no-op {@code retort autogen} against Hibernate's own schema validation of the same entities, on a
 * PostgreSQL database that already matches them, for 100 and 1000 generated entities. Each measurement is a
 * fresh JVM (as a user runs the CLI); the two alternate for several rounds and medians are compared.
 * Targets at 1000 entities: at most 0.6x Hibernate's time and at most 300 MB peak memory.
 *
 * <p>Arguments: {@code [server-url-without-database] [user] [rounds] [sizes...]}.
 */
public final class AutogenSpeedBenchmark {
  static final List<String> CLI_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private AutogenSpeedBenchmark() {}

  public static void main(String[] args) throws Exception {
    String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/";
    String user = args.length > 1 ? args[1] : "postgres";
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<Integer> sizes = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(100, 1000);
    }
    Path work = Files.createTempDirectory("retort-bench");
    for (int size : sizes) {
      Path classes = EntityModelGenerator.generate(size, work.resolve("model" + size));
      String database = "retort_bench_autogen_" + size;
      execute(server + "postgres", user, "DROP DATABASE IF EXISTS " + database);
      execute(server + "postgres", user, "CREATE DATABASE " + database);
      String url = server + database;
      createSchema(url, user, classes);
      List<long[]> retort = new ArrayList<>();
      List<long[]> hibernate = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        hibernate.add(run("hibernate", classes, url, user));
        retort.add(run("retort", classes, url, user));
      }
      execute(server + "postgres", user, "DROP DATABASE " + database);
      long retortMillis = median(retort, 0);
      long hibernateMillis = median(hibernate, 0);
      System.out.printf(Locale.ROOT, "%d entities, %d rounds (medians, each run a fresh JVM)%n", size, rounds);
      System.out.printf(Locale.ROOT, "  hibernate validate  %6d ms  peak %4d MB%n", hibernateMillis,
          median(hibernate, 1) / 1024);
      System.out.printf(Locale.ROOT, "  retort no-op        %6d ms  peak %4d MB%n", retortMillis,
          median(retort, 1) / 1024);
      System.out.printf(Locale.ROOT, "  ratio               %.2fx Hibernate's time (target at 1000: <= 0.60)%n",
          (double) retortMillis / hibernateMillis);
    }
  }

  /** The schema the entities want, created through Retort so that the measured autogen has nothing to do. */
  private static void createSchema(String url, String user, Path classes) throws Exception {
    SqlDialect dialect = Dialects.forJdbcUrl(url);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        AutogenSpeedBenchmark.class.getClassLoader());
        Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      for (SchemaOp op : new Autogenerator(dialect).compare(c, EntityModelGenerator.PACKAGE, loader).upgrade()) {
        for (String sql : dialect.toSql(op)) {
          s.execute(sql);
        }
      }
    }
  }

  /**
   * Runs one measurement; Hibernate recurses along foreign-key chains and overflows the default stack on a
   * deep one, so a run that fails that way is repeated with a larger stack and said so.
   */
  private static long[] run(String mode, Path classes, String url, String user)
      throws IOException, InterruptedException {
    try {
      return run(mode, classes, url, user, null);
    } catch (IllegalStateException e) {
      System.out.println("  (" + mode + " failed with the default thread stack; measured again with -Xss64m)");
      return run(mode, classes, url, user, "-Xss64m");
    }
  }

  private static long[] run(String mode, Path classes, String url, String user, String stack)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString()));
    if (stack != null) {
      command.add(stack);
    }
    if (mode.equals("retort")) {
      // the flags the ./retort launcher starts the CLI with
      command.addAll(CLI_FLAGS);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), NoOpRun.class.getName(), mode,
        classes.toString(), url, user));
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(Path.of(System.getProperty("java.io.tmpdir"), "retort-bench.log").toFile()))
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(mode + " run failed: " + output);
    }
    String[] parts = output.substring(output.lastIndexOf('\n') + 1).split(" ");
    return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
  }

  private static long median(List<long[]> runs, int field) {
    List<Long> values = new ArrayList<>(runs.stream().map(r -> r[field]).toList());
    Collections.sort(values);
    return values.get(values.size() / 2);
  }

  private static void execute(String url, String user, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
