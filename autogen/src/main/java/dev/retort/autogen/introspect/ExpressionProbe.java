package dev.retort.autogen.introspect;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Learns how the database stores SQL expressions (CHECK constraints, computed columns, column defaults) by
 * letting it store them: each table with such expressions is created as a temporary table of the same columns carrying them,
 * and they are read back the way the introspector reads real ones. Expressions are never rewritten by hand,
 * so whatever the database does to them (casts, parentheses, quoting, case) both sides of the comparison
 * share.
 *
 * <p>Temporary tables are private to the connection and leave nothing behind: where DDL is transactional
 * (PostgreSQL) they are rolled back, elsewhere dropped. An expression the database refuses is reported with
 * its message and compared as written.
 */
abstract class ExpressionProbe {
  final SqlDialect dialect;
  // H2 names constraints per schema: probe names must not meet the user's
  private final String prefix = "retort_probe_" + UUID.randomUUID().toString().substring(0, 8);

  ExpressionProbe(SqlDialect dialect) {
    this.dialect = dialect;
  }

  /** The statement that creates a table visible only to this connection: {@code CREATE TEMPORARY TABLE }. */
  abstract String createTemporaryTable();

  /**
   * The probes' expressions as stored, by canonical probe table name, then by canonical constraint name for
   * checks and canonical column name for computed columns.
   *
   * @param probeTables canonical names of the probe tables created
   */
  abstract Map<String, Map<String, String>> read(Connection connection, List<String> probeTables)
      throws SQLException;

  /**
   * A default as the introspector reports it once read from the catalog: the same normalisation, so that a
   * probe's default and a real one compare.
   */
  abstract String storedDefault(String catalogText, ColumnDef column);

  /** Reads rows of probe table, check or column name, and expression, where the catalog lists temporary tables. */
  final Map<String, Map<String, String>> readCatalog(Connection connection, String query) throws SQLException {
    Map<String, Map<String, String>> stored = new HashMap<>();
    CatalogQuery.forEachRow(connection, query, row -> stored
        .computeIfAbsent(dialect.canonicalName(row.getString(1)), t -> new HashMap<>())
        .put(dialect.canonicalName(row.getString(2)), row.getString(3)));
    return stored;
  }

  /** Whether the connection refuses to create even temporary tables. */
  boolean readOnly(Connection connection) throws SQLException {
    return connection.isReadOnly();
  }

  /** Drops the probe tables where DDL is not rolled back, whether or not each was created. */
  String drop(List<String> quotedProbeTables) {
    return "DROP TABLE IF EXISTS " + String.join(", ", quotedProbeTables);
  }

  /**
   * A temporary table standing for {@code table}: its columns, the computed ones in {@code computed} with
   * their expressions, and the checks by probe constraint name.
   */
  private record Probe(String name, TableDef table, Map<String, CheckDef> checks, List<String> computed,
      List<String> defaulted) {
    TableDef definition() {
      List<ColumnDef> columns = table.columns().stream()
          .map(c -> {
            ColumnDef plain = new ColumnDef(c.name(), c.type(), true, null, false);
            if (defaulted.contains(c.name())) {
              return plain.withDefault(c.defaultValue());
            }
            return computed.contains(c.name()) ? plain.generatedAs(c.generatedAs()) : plain;
          })
          .toList();
      List<CheckDef> named = checks.entrySet().stream()
          .map(e -> new CheckDef(e.getKey(), e.getValue().expression()))
          .sorted(java.util.Comparator.comparing(CheckDef::name))
          .toList();
      return new TableDef(name, columns, null, List.of(), List.of(), List.of(), named, null);
    }
  }

  /**
   * Two rounds: what the database makes of each expression, then what it makes of that. PostgreSQL's
   * printed form is not always read back as itself (an {@code IN} list printed as {@code = ANY ((ARRAY[...])
   * ::text[])} comes back with the cast moved into each element), and an expression that a downgrade restored
   * from the catalog's text is stored in that second form.
   */
  final ExpressionSpellings spell(Connection connection, List<TableDef> tables, SchemaModel stored)
      throws SQLException {
    tables = tables.stream().map(t -> onlyDefaultsToSpell(t, stored)).toList();
    if (tables.stream().allMatch(t -> t.checks().isEmpty() && computed(t).isEmpty() && defaulted(t).isEmpty())) {
      return ExpressionSpellings.NONE;
    }
    if (readOnly(connection)) {
      return ExpressionSpellings.byName("The connection is read-only, so " + dialect.name() + " cannot spell the"
          + " entities' CHECK constraints and computed columns in temporary tables: checks are matched by name"
          + " and computed columns are not compared. Nothing was changed; run autogen on a writable"
          + " connection for an exact comparison.");
    }
    List<String> warnings = new ArrayList<>();
    Spelled first = round(connection, tables, warnings);
    List<TableDef> again = new ArrayList<>();
    for (TableDef table : tables) {
      Map<String, String> checks = first.checks().getOrDefault(table.name(), Map.of());
      Map<String, String> columns = first.columns().getOrDefault(table.name(), Map.of());
      Map<String, String> defaults = first.defaults().getOrDefault(table.name(), Map.of());
      Set<String> had = storedExpressions(stored, table.name());
      // a first spelling the database already has needs no second round: the usual case, one round
      again.add(table
          .withChecks(table.checks().stream()
              .filter(c -> checks.containsKey(c.name()) && !had.contains(checks.get(c.name())))
              .map(c -> new CheckDef(c.name(), checks.get(c.name()))).toList())
          .withColumns(table.columns().stream()
              .map(c -> c.generatedAs() != null
                  ? columns.containsKey(c.name()) && !had.contains(columns.get(c.name()))
                      ? c.generatedAs(columns.get(c.name())) : c.generatedAs(null)
                  : c.defaultValue() == null ? c
                  : defaults.containsKey(c.name()) && !had.contains(defaults.get(c.name()))
                      ? c.withDefault(defaults.get(c.name())) : c.withDefault(null))
              .toList()));
    }
    Spelled second = round(connection, again, new ArrayList<>());
    return new ExpressionSpellings(both(first.checks(), second.checks()), both(first.columns(), second.columns()),
        both(first.defaults(), second.defaults()), warnings);
  }

  /** The check and computed-column expressions {@code stored} has on {@code table}; none without a model. */
  private static Set<String> storedExpressions(SchemaModel stored, String table) {
    Set<String> expressions = new HashSet<>();
    if (stored != null) {
      stored.table(table).ifPresent(t -> {
        t.checks().forEach(c -> expressions.add(c.expression()));
        t.columns().stream().filter(c -> c.generatedAs() != null).forEach(c -> expressions.add(c.generatedAs()));
        t.columns().stream().filter(c -> c.defaultValue() != null).forEach(c -> expressions.add(c.defaultValue()));
      });
    }
    return expressions;
  }

  /** Stored spellings, by table then by check name or column name. */
  private record Spelled(Map<String, Map<String, String>> checks, Map<String, Map<String, String>> columns,
      Map<String, Map<String, String>> defaults) {}

  private static Map<String, Map<String, List<String>>> both(Map<String, Map<String, String>> first,
      Map<String, Map<String, String>> second) {
    Map<String, Map<String, List<String>>> both = new HashMap<>();
    first.forEach((table, expressions) -> expressions.forEach((name, expression) -> {
      String next = second.getOrDefault(table, Map.of()).getOrDefault(name, expression);
      both.computeIfAbsent(table, t -> new HashMap<>()).put(name,
          next.equals(expression) ? List.of(expression) : List.of(expression, next));
    }));
    return both;
  }

  private static List<String> computed(TableDef table) {
    return table.columns().stream().filter(c -> c.generatedAs() != null).map(ColumnDef::name).toList();
  }

  /** Columns whose default is to be spelled: those left with one by {@link #onlyDefaultsToSpell}. */
  private static List<String> defaulted(TableDef table) {
    return table.columns().stream().filter(c -> c.generatedAs() == null && c.defaultValue() != null)
        .map(ColumnDef::name).toList();
  }

  /**
   * {@code table} keeping only the defaults worth asking about: where the database has the column with a
   * default of other text. Equal text needs no probe, and a default the database lacks is a difference
   * whatever its spelling.
   */
  private static TableDef onlyDefaultsToSpell(TableDef table, SchemaModel stored) {
    TableDef had = stored == null ? null : stored.table(table.name()).orElse(null);
    return table.withColumns(table.columns().stream().map(c -> {
      if (c.generatedAs() != null || c.defaultValue() == null) {
        return c;
      }
      ColumnDef existing = had == null ? null : had.column(c.name()).orElse(null);
      boolean ask = existing != null && existing.defaultValue() != null
          && !existing.defaultValue().equals(c.defaultValue());
      return ask ? c : c.withDefault(null);
    }).toList());
  }

  /** One round: the stored spelling of every expression the database accepts. */
  private Spelled round(Connection connection, List<TableDef> tables, List<String> warnings)
      throws SQLException {
    List<Probe> probes = new ArrayList<>();
    for (TableDef table : tables) {
      if (!table.checks().isEmpty() || !computed(table).isEmpty() || !defaulted(table).isEmpty()) {
        probes.add(probe(table, table.checks(), computed(table), defaulted(table), probes.size()));
      }
    }
    if (probes.isEmpty()) {
      return new Spelled(Map.of(), Map.of(), Map.of());
    }
    boolean autoCommit = connection.getAutoCommit();
    boolean transactional = dialect.transactionalDdl();
    if (transactional && autoCommit) {
      connection.setAutoCommit(false);
    }
    Savepoint start = transactional ? connection.setSavepoint() : null;
    List<Probe> created = probes;
    Spelled spelled;
    try {
      if (!createAll(connection, probes, start)) {
        created = createOneByOne(connection, probes, warnings);
      }
      spelled = spellings(created, read(connection, created.stream().map(Probe::name).toList()));
    } catch (SQLException | RuntimeException e) {
      // the first failure is the one to report: cleaning up after a lost connection fails too
      try {
        finish(connection, transactional, autoCommit, start, created);
      } catch (SQLException second) {
        e.addSuppressed(second);
      }
      throw e;
    }
    finish(connection, transactional, autoCommit, start, created);
    return spelled;
  }

  private Probe probe(TableDef table, List<CheckDef> checks, List<String> computed, List<String> defaulted,
      int number) {
    Map<String, CheckDef> named = new HashMap<>();
    for (CheckDef check : checks) {
      named.put(prefix + "_" + number + "_" + named.size(), check);
    }
    return new Probe(prefix + "_" + number, table, named, computed, defaulted);
  }

  /** The dialect's own CREATE TABLE, made temporary: the expressions are written as a migration writes them. */
  private String createSql(Probe probe) {
    String create = dialect.toSql(new CreateTable(probe.definition())).get(0);
    return createTemporaryTable() + create.substring("CREATE TABLE ".length());
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
      if (lost(refused)) {
        throw refused;
      }
      if (start != null) {
        connection.rollback(start);
      } else {
        dropAll(connection, probes);
      }
      return false;
    }
  }

  /** One expression at a time, so that one the database refuses spoils no other. */
  private List<Probe> createOneByOne(Connection connection, List<Probe> probes, List<String> warnings)
      throws SQLException {
    List<Probe> created = new ArrayList<>();
    int number = probes.size();
    for (Probe probe : probes) {
      for (CheckDef check : probe.table().checks()) {
        Probe single = probe(probe.table(), List.of(check), List.of(), List.of(), number++);
        String refused = create(connection, single);
        if (refused == null) {
          created.add(single);
        } else {
          warnings.add(refusal("CHECK (" + check.expression() + ") of table " + probe.table().name(), refused));
        }
      }
      for (String column : probe.computed()) {
        Probe single = probe(probe.table(), List.of(), List.of(column), List.of(), number++);
        String refused = create(connection, single);
        if (refused == null) {
          created.add(single);
        } else {
          String expression = probe.table().column(column).orElseThrow().generatedAs();
          warnings.add(refusal("the computed column " + probe.table().name() + "." + column + " AS ("
              + expression + ")", refused));
        }
      }
      for (String column : probe.defaulted()) {
        Probe single = probe(probe.table(), List.of(), List.of(), List.of(column), number++);
        String refused = create(connection, single);
        if (refused == null) {
          created.add(single);
        } else {
          String expression = probe.table().column(column).orElseThrow().defaultValue();
          warnings.add(refusal("the default " + expression + " of column " + probe.table().name() + "." + column,
              refused));
        }
      }
    }
    return created;
  }

  /** Creates the probe; the database's message when it refuses, else null. */
  private String create(Connection connection, Probe probe) throws SQLException {
    Savepoint before = dialect.transactionalDdl() ? connection.setSavepoint() : null;
    try (Statement statement = connection.createStatement()) {
      statement.execute(createSql(probe));
      return null;
    } catch (SQLException refused) {
      if (lost(refused)) {
        throw refused;
      }
      if (before != null) {
        connection.rollback(before);
      }
      return refused.getMessage().strip();
    }
  }

  /** A connection that broke or stopped answering (SQL state class 08) refused nothing: it is gone. */
  private static boolean lost(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("08");
  }

  private String refusal(String what, String message) {
    return dialect.name() + " refuses " + what + ": " + message + ". It is compared as written, and a"
        + " migration that adds it will fail until the expression is fixed in the entity.";
  }

  private Spelled spellings(List<Probe> probes, Map<String, Map<String, String>> stored) {
    Map<String, Map<String, String>> checks = new HashMap<>();
    Map<String, Map<String, String>> columns = new HashMap<>();
    Map<String, Map<String, String>> defaults = new HashMap<>();
    for (Probe probe : probes) {
      Map<String, String> read = stored.getOrDefault(probe.name(), Map.of());
      probe.checks().forEach((constraint, check) -> {
        String expression = read.get(constraint);
        if (expression != null) {
          checks.computeIfAbsent(probe.table().name(), t -> new HashMap<>()).put(check.name(), expression);
        }
      });
      for (String column : probe.computed()) {
        String expression = read.get(column);
        if (expression != null) {
          columns.computeIfAbsent(probe.table().name(), t -> new HashMap<>()).put(column, expression);
        }
      }
      for (String column : probe.defaulted()) {
        String text = read.get(column);
        String expression = text == null ? null
            : storedDefault(text, probe.table().column(column).orElseThrow());
        if (expression != null) {
          defaults.computeIfAbsent(probe.table().name(), t -> new HashMap<>()).put(column, expression);
        }
      }
    }
    return new Spelled(checks, columns, defaults);
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
