package dev.retort.bench;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.migration.Dsl;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.engine.runtime.ConnectionSettings;
import dev.retort.engine.runtime.Connector;
import dev.retort.engine.runtime.LoadedMigration;
import dev.retort.engine.runtime.MigrationSet;
import dev.retort.engine.runtime.Migrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies N small migrations (one table each) with the migrator, and runs the same DDL directly over JDBC
 * (one transaction per migration where DDL is transactional), in fresh databases, alternating for several
 * rounds. Reports Retort's overhead per migration and the ratio of the two totals.
 *
 * <p>Arguments: {@code [server-url-without-database] [user] [password] [migrations] [rounds]}, defaulting to
 * the local PostgreSQL, 200 migrations and 5 rounds.
 */
public final class MigrationOverheadBenchmark {
  private MigrationOverheadBenchmark() {}

  public static void main(String[] args) throws Exception {
    String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/";
    String user = args.length > 1 ? args[1] : "postgres";
    String password = args.length > 2 ? args[2] : "";
    int count = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    String admin = server + (server.startsWith("jdbc:postgresql") ? "postgres" : "");
    SqlDialect dialect = Dialects.forJdbcUrl(server);
    MigrationSet migrations = migrations(count);

    long retortTotal = 0;
    long directTotal = 0;
    for (int round = 0; round <= rounds; round++) {
      long direct = time(admin, user, password, "retort_bench_direct", url -> direct(url, user, password,
          dialect, migrations));
      long retort = time(admin, user, password, "retort_bench_retort", url -> new Migrator(
          new Connector(new ConnectionSettings(url, user, password)), dialect, migrations).upgrade("head", s -> { }));
      if (round > 0) {
        // round 0 warms up the JIT and the server
        retortTotal += retort;
        directTotal += direct;
      }
    }
    double perMigrationRetort = retortTotal / 1e6 / rounds / count;
    double perMigrationDirect = directTotal / 1e6 / rounds / count;
    System.out.printf(Locale.ROOT, "%s, %d migrations, %d rounds%n", dialect.name(), count, rounds);
    System.out.printf(Locale.ROOT, "direct SQL      %.3f ms per migration%n", perMigrationDirect);
    System.out.printf(Locale.ROOT, "retort upgrade  %.3f ms per migration%n", perMigrationRetort);
    System.out.printf(Locale.ROOT, "overhead        %.3f ms per migration (target: under 2 ms)%n",
        perMigrationRetort - perMigrationDirect);
    System.out.printf(Locale.ROOT, "ratio           %.2fx the direct run%n", (double) retortTotal / directTotal);
  }

  interface Work {
    void run(String url) throws Exception;
  }

  private static long time(String admin, String user, String password, String database, Work work)
      throws Exception {
    execute(admin, user, password, "DROP DATABASE IF EXISTS " + database);
    execute(admin, user, password, "CREATE DATABASE " + database);
    String url = admin.substring(0, admin.lastIndexOf('/') + 1) + database;
    long start = System.nanoTime();
    work.run(url);
    long elapsed = System.nanoTime() - start;
    execute(admin, user, password, "DROP DATABASE " + database);
    return elapsed;
  }

  private static void direct(String url, String user, String password, SqlDialect dialect,
      MigrationSet migrations) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      c.setAutoCommit(!dialect.transactionalDdl());
      for (LoadedMigration migration : migrations.all()) {
        for (var op : migration.upgradeOps()) {
          for (String sql : dialect.toSql(op)) {
            s.execute(sql);
          }
        }
        if (dialect.transactionalDdl()) {
          c.commit();
        }
      }
    }
  }

  private static MigrationSet migrations(int count) {
    List<LoadedMigration> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String table = String.format(Locale.ROOT, "t%04d", i);
      List<String> parents = i == 0 ? List.of() : List.of(String.format(Locale.ROOT, "r%011d", i - 1));
      all.add(new LoadedMigration(new RevisionInfo(String.format(Locale.ROOT, "r%011d", i), parents,
          "create " + table, String.format(Locale.ROOT, "bench.M%04d", i)), new Migration() {
            @Override
            public void upgrade(Ops op) {
              op.createTable(table, Dsl.column("id", Dsl.bigint()).notNull(),
                  Dsl.column("name", Dsl.varchar(100)), Dsl.primaryKey("id"));
            }

            @Override
            public void downgrade(Ops op) {
              op.dropTable(table, Dsl.column("id", Dsl.bigint()).notNull(),
                  Dsl.column("name", Dsl.varchar(100)), Dsl.primaryKey("id"));
            }
          }));
    }
    return new MigrationSet(all);
  }

  private static void execute(String url, String user, String password, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
