package dev.retort.engine.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.error.RetortException;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.TypeKind;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.Golden;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DialectTest {
  static SqlDialect dialect(DatabaseKind kind) {
    return switch (kind) {
      case H2 -> new H2Dialect();
      case POSTGRESQL -> new PostgresDialect();
      case MARIADB -> new MariaDbDialect();
    };
  }

  private static String script(SqlDialect dialect, List<SchemaOp> ops) {
    StringBuilder sql = new StringBuilder();
    for (SchemaOp op : ops) {
      sql.append("-- ").append(op.describe()).append('\n');
      dialect.toSql(op).forEach(s -> sql.append(s).append(";\n"));
    }
    return sql.toString();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void rendersEveryOperationAsTheGoldenFileSays(DatabaseKind kind) {
    Golden.assertMatches("dialect/" + kind.name().toLowerCase(Locale.ROOT) + ".sql",
        script(dialect(kind), DdlFixture.ops()));
  }

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"H2", "MARIADB"})
  void rendersTheRerunFormsAsTheGoldenFileSays(DatabaseKind kind) {
    StringBuilder sql = new StringBuilder();
    for (SchemaOp op : DdlFixture.ops()) {
      sql.append("-- ").append(op.describe()).append('\n');
      for (Rerun rerun : dialect(kind).toRerunSql(op)) {
        sql.append(rerun.tookEffect() == null ? "" : "-- unless: " + rerun.tookEffect() + "\n")
            .append(rerun.sql()).append(";\n");
      }
    }
    Golden.assertMatches("dialect/" + kind.name().toLowerCase(Locale.ROOT) + "-rerun.sql", sql.toString());
  }

  /**
   * A killed run may or may not have run a statement: its rerun form must do the statement's work the first
   * time and nothing, without an error, the second, forwards and backwards through every operation.
   */
  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"H2", "MARIADB"})
  void everyRerunFormDoesItsWorkOnceAndNothingTheSecondTime(DatabaseKind kind) throws Exception {
    SqlDialect dialect = dialect(kind);
    List<SchemaOp> ops = DdlFixture.ops();
    try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect();
        Statement statement = c.createStatement()) {
      for (SchemaOp op : ops) {
        rerunTwice(dialect, op, statement);
      }
      assertThat(tables(c)).containsExactly("licences", "package_versions", "packages", "tags");
      assertThat(sequences(kind, c)).containsExactly("licences_seq");
      for (int i = ops.size() - 1; i >= 0; i--) {
        rerunTwice(dialect, ops.get(i).reverse(), statement);
      }
      assertThat(tables(c)).isEmpty();
      assertThat(sequences(kind, c)).isEmpty();
    }
  }

  private static void rerunTwice(SqlDialect dialect, SchemaOp op, Statement statement) throws Exception {
    List<Rerun> reruns = dialect.toRerunSql(op);
    assertThat(reruns).hasSameSizeAs(dialect.toSql(op));
    for (Rerun rerun : reruns) {
      for (int time = 0; time < 2; time++) {
        boolean done = false;
        if (rerun.tookEffect() != null) {
          try (ResultSet rows = statement.executeQuery(rerun.tookEffect())) {
            done = rows.next();
          }
          assertThat(done).as("%s already took effect", rerun.sql()).isEqualTo(time == 1);
        }
        if (!done) {
          statement.execute(rerun.sql());
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void everyStatementRunsAndTheReversesLeaveNothing(DatabaseKind kind) throws Exception {
    SqlDialect dialect = dialect(kind);
    List<SchemaOp> ops = DdlFixture.ops();
    try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect();
        Statement statement = c.createStatement()) {
      for (SchemaOp op : ops) {
        for (String sql : dialect.toSql(op)) {
          statement.execute(sql);
        }
      }
      assertThat(tables(c)).containsExactly("licences", "package_versions", "packages", "tags");
      assertThat(sequences(kind, c)).containsExactly("licences_seq");
      for (int i = ops.size() - 1; i >= 0; i--) {
        for (String sql : dialect.toSql(ops.get(i).reverse())) {
          statement.execute(sql);
        }
      }
      assertThat(tables(c)).isEmpty();
      assertThat(sequences(kind, c)).isEmpty();
    }
  }

  private static List<String> sequences(DatabaseKind kind, Connection c) throws Exception {
    String sql = switch (kind) {
      case H2 -> "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA";
      // identity columns own a sequence of their own
      case POSTGRESQL -> "SELECT relname FROM pg_class s WHERE relkind = 'S'"
          + " AND relnamespace = current_schema()::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_depend d"
          + " WHERE d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype = 'i')";
      case MARIADB -> "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
          + " AND TABLE_TYPE = 'SEQUENCE'";
    };
    List<String> names = new ArrayList<>();
    try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        names.add(rs.getString(1).toLowerCase(Locale.ROOT));
      }
    }
    return names.stream().sorted().toList();
  }

  private static List<String> tables(Connection c) throws Exception {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names.stream().sorted().toList();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void typesSurviveARoundTrip(DatabaseKind kind) {
    SqlDialect dialect = dialect(kind);
    List<ColumnType> types = new ArrayList<>(List.of(ColumnType.of(TypeKind.BOOLEAN),
        ColumnType.of(TypeKind.SMALLINT), ColumnType.of(TypeKind.INTEGER), ColumnType.of(TypeKind.BIGINT),
        ColumnType.of(TypeKind.REAL), ColumnType.of(TypeKind.DOUBLE), ColumnType.numeric(10, 2),
        ColumnType.numeric(38, 0), ColumnType.sized(TypeKind.VARCHAR, 255),
        ColumnType.of(TypeKind.TEXT), ColumnType.of(TypeKind.DATE), ColumnType.temporal(TypeKind.TIME, 3),
        ColumnType.temporal(TypeKind.TIMESTAMP, 6),
        ColumnType.of(TypeKind.UUID), ColumnType.of(TypeKind.BLOB), ColumnType.of(TypeKind.JSON),
        ColumnType.raw("interval")));
    if (kind != DatabaseKind.MARIADB) {
      // MariaDB has neither: Hibernate writes varchar and datetime there (see below)
      types.add(ColumnType.sized(TypeKind.CHAR, 3));
      types.add(ColumnType.temporal(TypeKind.TIMESTAMP_TZ, 6));
    }
    if (kind != DatabaseKind.POSTGRESQL) {
      // an enum type keeps no length; PostgreSQL's varchar and check are read back by the introspector
      types.add(ColumnType.enumOf(null, List.of("BINARY", "SOURCE", "it's")));
    }
    if (kind != DatabaseKind.POSTGRESQL) {
      // PostgreSQL has one binary type, bytea, for all of them
      types.add(ColumnType.sized(TypeKind.BINARY, 16));
      types.add(ColumnType.sized(TypeKind.VARBINARY, 32));
    }
    if (kind != DatabaseKind.POSTGRESQL) {
      types.add(ColumnType.of(TypeKind.TINYINT));
    }
    for (ColumnType type : types) {
      assertThat(dialect.parseType(dialect.typeSql(type))).as(dialect.typeSql(type)).isEqualTo(type);
    }
  }

  /** Where MariaDB has no such type, the portable one is written as Hibernate writes it there. */
  @Test
  void mariaDbWritesWhatHibernateWritesForTypesItLacks() {
    SqlDialect mariadb = new MariaDbDialect();
    assertThat(List.of(mariadb.typeSql(ColumnType.sized(TypeKind.CHAR, 1)),
        mariadb.typeSql(ColumnType.temporal(TypeKind.TIMESTAMP_TZ, 6)),
        mariadb.typeSql(ColumnType.enumOf(20, List.of("WHEEL", "BINARY")))))
        .containsExactly("varchar(1)", "datetime(6)", "enum('BINARY','WHEEL')");
    assertThat(List.of(mariadb.parseType("char(1)"), mariadb.parseType("timestamp(6)")))
        .containsExactly(ColumnType.raw("char(1)"), ColumnType.raw("timestamp(6)"));
    assertThat(new PostgresDialect().typeSql(ColumnType.enumOf(20, List.of("A")))).isEqualTo("varchar(20)");
    assertThat(new PostgresDialect().typeSql(ColumnType.enumOf(null, List.of("A")))).isEqualTo("varchar(255)");
  }

  @Test
  void catalogAndHibernateSpellingsMeanTheSameTypes() {
    Map<String, ColumnType> postgres = Map.of(
        "character varying(255)", ColumnType.sized(TypeKind.VARCHAR, 255),
        "timestamp(6) without time zone", ColumnType.temporal(TypeKind.TIMESTAMP, 6),
        "timestamp(6) with time zone", ColumnType.temporal(TypeKind.TIMESTAMP_TZ, 6),
        "float(53)", ColumnType.of(TypeKind.DOUBLE),
        "float(24)", ColumnType.of(TypeKind.REAL),
        "int8", ColumnType.of(TypeKind.BIGINT),
        "character(3)", ColumnType.sized(TypeKind.CHAR, 3),
        "numeric(38,2)", ColumnType.numeric(38, 2));
    postgres.forEach((spelling, type) -> assertThat(new PostgresDialect().parseType(spelling)).isEqualTo(type));
    Map<String, ColumnType> h2 = Map.of(
        "CHARACTER VARYING(255)", ColumnType.sized(TypeKind.VARCHAR, 255),
        "TIMESTAMP(6) WITH TIME ZONE", ColumnType.temporal(TypeKind.TIMESTAMP_TZ, 6),
        "DOUBLE PRECISION", ColumnType.of(TypeKind.DOUBLE),
        "float(53)", ColumnType.of(TypeKind.DOUBLE),
        "CHARACTER LARGE OBJECT", ColumnType.of(TypeKind.TEXT),
        "BINARY VARYING(32)", ColumnType.sized(TypeKind.VARBINARY, 32),
        "ENUM('WHEEL','SOURCE')", ColumnType.enumOf(null, List.of("SOURCE", "WHEEL")));
    h2.forEach((spelling, type) -> assertThat(new H2Dialect().parseType(spelling)).isEqualTo(type));
    Map<String, ColumnType> mariadb = Map.of(
        "bit(1)", ColumnType.of(TypeKind.BOOLEAN),
        "int(11)", ColumnType.of(TypeKind.INTEGER),
        "bigint(20)", ColumnType.of(TypeKind.BIGINT),
        "bigint(20) unsigned", ColumnType.raw("bigint(20) unsigned"),
        "datetime(6)", ColumnType.temporal(TypeKind.TIMESTAMP, 6),
        "decimal(38,2)", ColumnType.numeric(38, 2),
        "double precision", ColumnType.of(TypeKind.DOUBLE),
        "float(53)", ColumnType.of(TypeKind.DOUBLE),
        "float", ColumnType.of(TypeKind.REAL),
        "enum ('SOURCE','WHEEL')", ColumnType.enumOf(null, List.of("SOURCE", "WHEEL")));
    mariadb.forEach((spelling, type) -> assertThat(new MariaDbDialect().parseType(spelling)).isEqualTo(type));
  }

  @Test
  void postgresArraysReadTheSameInHibernatesAndTheCatalogsSpelling() {
    PostgresDialect postgres = new PostgresDialect();
    assertThat(postgres.parseType("integer array")).isEqualTo(ColumnType.raw("integer[]"));
    assertThat(postgres.parseType("integer[]")).isEqualTo(ColumnType.raw("integer[]"));
    assertThat(postgres.parseType("varchar(255) array")).isEqualTo(ColumnType.raw("varchar(255)[]"));
    assertThat(postgres.parseType("character varying(255)[]")).isEqualTo(ColumnType.raw("varchar(255)[]"));
    assertThat(postgres.parseType("timestamp(6) with time zone ARRAY"))
        .isEqualTo(ColumnType.raw("timestamp(6) with time zone[]"));
    assertThat(postgres.parseType(postgres.typeSql(ColumnType.raw("bigint[]"))))
        .isEqualTo(ColumnType.raw("bigint[]"));
  }

  @Test
  void quotingEscapesAndFoldsAsEachDatabaseStoresNames() {
    assertThat(new PostgresDialect().quote("we\"ird")).isEqualTo("\"we\"\"ird\"");
    assertThat(new H2Dialect().quote("packages")).isEqualTo("\"PACKAGES\"");
    assertThat(new H2Dialect().quote("MixedCase")).isEqualTo("\"MixedCase\"");
    assertThat(new H2Dialect().canonicalName("PACKAGES")).isEqualTo("packages");
    assertThat(new H2Dialect().canonicalName("MixedCase")).isEqualTo("MixedCase");
    assertThat(new MariaDbDialect().quote("back`tick")).isEqualTo("`back``tick`");
    assertThat(new MariaDbDialect().stringLiteral("it's a \\ path")).isEqualTo("'it''s a \\\\ path'");
    assertThat(new PostgresDialect().stringLiteral("it's")).isEqualTo("'it''s'");
  }

  @Test
  void unknownUrlsAndNamesAreClearErrors() {
    assertThat(Dialects.forJdbcUrl("jdbc:postgresql://h/db")).isInstanceOf(PostgresDialect.class);
    assertThat(Dialects.forJdbcUrl("jdbc:mysql://h/db")).isInstanceOf(MariaDbDialect.class);
    assertThatThrownBy(() -> Dialects.forJdbcUrl("jdbc:oracle:thin:@h:1521/x"))
        .isInstanceOf(RetortException.class)
        .hasMessage("The JDBC URL 'jdbc:oracle:thin:@h:1521/x' is not for a database Retort supports. Nothing"
            + " was changed. Use a URL starting with jdbc:postgresql:, jdbc:mariadb: or jdbc:h2:.");
    assertThatThrownBy(() -> Dialects.forName("db2")).hasMessage("Unknown database 'db2'. Nothing was changed."
        + " Use one of postgresql, mariadb, h2.");
  }
}
