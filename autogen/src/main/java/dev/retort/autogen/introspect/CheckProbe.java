package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.TableDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Learns how the database stores CHECK expressions by letting it store them: each table with checks is
 * created as a temporary table of the same columns carrying those checks, and the checks are read back the
 * way the introspector reads real ones. Expressions are never rewritten by hand, so whatever the database
 * does to them (casts, parentheses, quoting, case) both sides of the comparison share.
 *
 * <p>Temporary tables are private to the connection and leave nothing behind: where DDL is transactional
 * (PostgreSQL) they are rolled back, elsewhere dropped. A check the database refuses is reported with its
 * message and compared as written.
 */
abstract class CheckProbe {
  final SqlDialect dialect;
  // H2 names constraints per schema: probe names must not meet the user's
  private final String prefix = "retort_probe_" + UUID.randomUUID().toString().substring(0, 8);

  CheckProbe(SqlDialect dialect) {
    this.dialect = dialect;
  }

  /** The statement that creates a table visible only to this connection: {@code CREATE TEMPORARY TABLE }. */
  abstract String createTemporaryTable();

  /**
   * The probes' checks as stored, by canonical probe table name and canonical constraint name.
   *
   * @param probeTables canonical names of the probe tables created
   */
  abstract Map<String, Map<String, String>> read(Connection connection, List<String> probeTables)
      throws SQLException;

  /** Drops the probe tables where DDL is not rolled back, whether or not each was created. */
  String drop(List<String> quotedProbeTables) {
    return "DROP TABLE IF EXISTS " + String.join(", ", quotedProbeTables);
  }

  /** A temporary table standing for {@code table}, with the checks given. */
  private record Probe(String name, TableDef table, Map<String, CheckDef> checks) {}

  /**
   * Two rounds: what the database makes of each expression, then what it makes of that. PostgreSQL's
   * printed form is not always read back as itself (an {@code IN} list printed as {@code = ANY ((ARRAY[...])
   * ::text[])} comes back with the cast moved into each element), and a check that a downgrade restored from
   * the catalog's text is stored in that second form.
   */
  final CheckSpellings spell(Connection connection, List<TableDef> tables) throws SQLException {
    List<String> warnings = new ArrayList<>();
    Map<String, Map<String, String>> first = round(connection, tables, warnings);
    List<TableDef> again = new ArrayList<>();
    for (TableDef table : tables) {
      Map<String, String> spelled = first.getOrDefault(table.name(), Map.of());
      again.add(table.withChecks(table.checks().stream().filter(c -> spelled.containsKey(c.name()))
          .map(c -> new CheckDef(c.name(), spelled.get(c.name()))).toList()));
    }
    Map<String, Map<String, String>> second = round(connection, again, new ArrayList<>());
    Map<String, Map<String, List<String>>> both = new HashMap<>();
    first.forEach((table, checks) -> checks.forEach((name, expression) -> {
      String next = second.getOrDefault(table, Map.of()).getOrDefault(name, expression);
      both.computeIfAbsent(table, t -> new HashMap<>()).put(name,
          next.equals(expression) ? List.of(expression) : List.of(expression, next));
    }));
    return new CheckSpellings(both, warnings);
  }

  /** One round: the stored spelling of every check the database accepts, by table and check name. */
  private Map<String, Map<String, String>> round(Connection connection, List<TableDef> tables,
      List<String> warnings) throws SQLException {
    List<Probe> probes = new ArrayList<>();
    for (TableDef table : tables) {
      if (!table.checks().isEmpty()) {
        probes.add(probe(table, table.checks(), probes.size()));
      }
    }
    if (probes.isEmpty()) {
      return Map.of();
    }
    boolean autoCommit = connection.getAutoCommit();
    boolean transactional = dialect.transactionalDdl();
    if (transactional && autoCommit) {
      connection.setAutoCommit(false);
    }
    Savepoint start = transactional ? connection.setSavepoint() : null;
    List<Probe> created = probes;
    try {
      if (!createAll(connection, probes, start)) {
        created = createOneByOne(connection, probes, warnings);
      }
      return spellings(created, read(connection, created.stream().map(Probe::name).toList()));
    } finally {
      finish(connection, transactional, autoCommit, start, created);
    }
  }

  private Probe probe(TableDef table, List<CheckDef> checks, int number) {
    Map<String, CheckDef> named = new HashMap<>();
    for (CheckDef check : checks) {
      named.put(prefix + "_" + number + "_" + named.size(), check);
    }
    return new Probe(prefix + "_" + number, table, named);
  }

  private String createSql(Probe probe) {
    String columns = probe.table().columns().stream()
        .map(c -> dialect.quote(c.name()) + " " + dialect.typeSql(c.type()))
        .collect(Collectors.joining(", "));
    String checks = probe.checks().entrySet().stream()
        .map(e -> "CONSTRAINT " + dialect.quote(e.getKey()) + " CHECK (" + e.getValue().expression() + ")")
        .sorted()
        .collect(Collectors.joining(", "));
    return createTemporaryTable() + dialect.quote(probe.name()) + " (" + columns + ", " + checks + ")";
  }

  /** All probes in one batch: the common case, one round trip. */
  private boolean createAll(Connection connection, List<Probe> probes, Savepoint start) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (Probe probe : probes) {
        statement.addBatch(createSql(probe));
      }
      statement.executeBatch();
      return true;
    } catch (SQLException refused) {
      if (start != null) {
        connection.rollback(start);
      } else {
        dropAll(connection, probes);
      }
      return false;
    }
  }

  /** One check at a time, so that a check the database refuses spoils no other. */
  private List<Probe> createOneByOne(Connection connection, List<Probe> probes, List<String> warnings)
      throws SQLException {
    List<Probe> created = new ArrayList<>();
    int number = probes.size();
    for (Probe probe : probes) {
      for (CheckDef check : probe.table().checks()) {
        Probe single = probe(probe.table(), List.of(check), number++);
        Savepoint before = dialect.transactionalDdl() ? connection.setSavepoint() : null;
        try (Statement statement = connection.createStatement()) {
          statement.execute(createSql(single));
          created.add(single);
        } catch (SQLException refused) {
          if (before != null) {
            connection.rollback(before);
          }
          warnings.add(dialect.name() + " refuses CHECK (" + check.expression() + ") of table "
              + probe.table().name() + ": " + refused.getMessage().strip() + ". It is compared as written, and a"
              + " migration that adds it will fail until the expression is fixed in the entity.");
        }
      }
    }
    return created;
  }

  private static Map<String, Map<String, String>> spellings(List<Probe> probes,
      Map<String, Map<String, String>> stored) {
    Map<String, Map<String, String>> spelled = new HashMap<>();
    for (Probe probe : probes) {
      Map<String, String> byConstraint = stored.getOrDefault(probe.name(), Map.of());
      probe.checks().forEach((constraint, check) -> {
        String expression = byConstraint.get(constraint);
        if (expression != null) {
          spelled.computeIfAbsent(probe.table().name(), t -> new HashMap<>()).put(check.name(), expression);
        }
      });
    }
    return spelled;
  }

  private void finish(Connection connection, boolean transactional, boolean autoCommit, Savepoint start,
      List<Probe> created) throws SQLException {
    if (transactional) {
      connection.rollback(start);
      if (autoCommit) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } else {
      dropAll(connection, created);
    }
  }

  private void dropAll(Connection connection, List<Probe> probes) throws SQLException {
    if (probes.isEmpty()) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(drop(probes.stream().map(p -> dialect.quote(p.name())).toList()));
    }
  }
}
