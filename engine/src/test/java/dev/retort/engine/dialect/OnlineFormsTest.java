package dev.retort.engine.dialect;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.uniqueIndex;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.migration.Ops;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.Golden;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The forms that keep a table available on PostgreSQL, spelled by each database: PostgreSQL writes
 * CONCURRENTLY, NOT VALID, VALIDATE and USING INDEX; the others write what has the same outcome.
 */
class OnlineFormsTest {
  private static final String NOT_NULL = "ck_orders_customer_not_null";

  private static List<SchemaOp> before() {
    return new Ops()
        .createTable("customers", column("id", bigint()).notNull(), primaryKey("id"))
        .createTable("orders", column("id", bigint()).notNull(), column("customer_id", bigint()),
            column("code", varchar(20)), column("quantity", bigint()), primaryKey("id"),
            index("ix_orders_code", "code"))
        .execute("INSERT INTO customers (id) VALUES (1)")
        .execute("INSERT INTO orders (id, customer_id, code, quantity) VALUES (1, 1, 'a', 2), (2, 1, 'b', 3)")
        .recorded();
  }

  private static List<SchemaOp> online() {
    return new Ops()
        .lockTimeout(Duration.ofSeconds(2))
        .outsideTransaction(o -> o.createIndexConcurrently("orders", index("ix_orders_customer", "customer_id")))
        .outsideTransaction(o -> o.dropIndexConcurrently("orders", index("ix_orders_code", "code")))
        .addForeignKeyNotValid("orders", foreignKey("fk_orders_customer", "customer_id", "customers", "id"))
        .validateConstraint("orders", "fk_orders_customer")
        .addCheckNotValid("orders", check("ck_orders_quantity", "quantity > 0"))
        .validateConstraint("orders", "ck_orders_quantity")
        .addCheckNotValid("orders", check(NOT_NULL, "customer_id IS NOT NULL"))
        .validateConstraint("orders", NOT_NULL)
        .alterColumn("orders", column("customer_id", bigint()), column("customer_id", bigint()).notNull())
        .dropCheck("orders", check(NOT_NULL, "customer_id IS NOT NULL"))
        .outsideTransaction(o -> o.createIndexConcurrently("orders", uniqueIndex("uk_orders_code", "code")))
        .addUniqueUsingIndex("orders", unique("uk_orders_code", "code"), "uk_orders_code")
        .recorded();
  }

  /** What autogen writes to undo them: the reverses, in their online forms again. */
  private static List<SchemaOp> downgrade() {
    return new Ops()
        .lockTimeout(Duration.ofSeconds(2))
        .dropUnique("orders", unique("uk_orders_code", "code"))
        .alterColumn("orders", column("customer_id", bigint()).notNull(), column("customer_id", bigint()))
        .dropCheck("orders", check("ck_orders_quantity", "quantity > 0"))
        .dropForeignKey("orders", foreignKey("fk_orders_customer", "customer_id", "customers", "id"))
        .outsideTransaction(o -> o.createIndexConcurrently("orders", index("ix_orders_code", "code")))
        .outsideTransaction(o -> o.dropIndexConcurrently("orders", index("ix_orders_customer", "customer_id")))
        .recorded();
  }

  private static SqlDialect dialect(DatabaseKind kind) {
    return switch (kind) {
      case H2 -> new H2Dialect();
      case POSTGRESQL -> new PostgresDialect();
      case MARIADB -> new MariaDbDialect();
    };
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void spellsTheOnlineFormsAsTheGoldenFileSays(DatabaseKind kind) {
    StringBuilder sql = new StringBuilder();
    for (SchemaOp op : online()) {
      sql.append("-- ").append(op.describe()).append('\n');
      dialect(kind).toSql(op).forEach(s -> sql.append(s).append(";\n"));
      for (Rerun rerun : dialect(kind).toRerunSql(op)) {
        if (rerun.leftover() != null) {
          sql.append("-- before each attempt, if ").append(rerun.leftover()).append(":\n-- ")
              .append(rerun.removeLeftover()).append(";\n");
        }
      }
    }
    Golden.assertMatches("dialect/online-" + kind.name().toLowerCase(Locale.ROOT) + ".sql", sql.toString());
  }

  /** Each database ends where the plain forms leave it, and the downgrade takes it back. */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void theOnlineFormsRunAndTheDowngradeUndoesThem(DatabaseKind kind) throws Exception {
    SqlDialect dialect = dialect(kind);
    try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect();
        Statement statement = c.createStatement()) {
      run(dialect, before(), statement);
      run(dialect, online(), statement);
      assertThat(indexes(c)).contains("ix_orders_customer").doesNotContain("ix_orders_code");
      assertThat(c.getMetaData().getColumns(null, null, stored(kind, "orders"), stored(kind, "customer_id")))
          .satisfies(rs -> {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("IS_NULLABLE")).isEqualTo("NO");
          });
      assertThat(constraints(c)).contains("fk_orders_customer", "ck_orders_quantity", "uk_orders_code")
          .doesNotContain(NOT_NULL);
      run(dialect, downgrade(), statement);
      assertThat(indexes(c)).contains("ix_orders_code").doesNotContain("ix_orders_customer");
      assertThat(constraints(c)).doesNotContain("fk_orders_customer", "ck_orders_quantity", "uk_orders_code");
    }
  }

  private static void run(SqlDialect dialect, List<SchemaOp> ops, Statement statement) throws Exception {
    for (SchemaOp op : ops) {
      for (String sql : dialect.toSql(op)) {
        statement.execute(sql);
      }
    }
    String reset = dialect.resetLockTimeout();
    if (reset != null) {
      statement.execute(reset);
    }
  }

  private static String stored(DatabaseKind kind, String name) {
    return kind == DatabaseKind.H2 ? name.toUpperCase(Locale.ROOT) : name;
  }

  private static List<String> indexes(Connection c) throws Exception {
    return names(c, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES", "SELECT indexname FROM pg_indexes"
        + " WHERE schemaname = current_schema()", "SELECT INDEX_NAME FROM information_schema.STATISTICS"
        + " WHERE TABLE_SCHEMA = DATABASE()");
  }

  private static List<String> constraints(Connection c) throws Exception {
    String standard = "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS";
    return names(c, standard, "SELECT conname FROM pg_constraint", standard + " WHERE TABLE_SCHEMA = DATABASE()");
  }

  private static List<String> names(Connection c, String h2, String postgres, String mariaDb) throws Exception {
    String product = c.getMetaData().getDatabaseProductName();
    String sql = product.equals("H2") ? h2 : product.equals("PostgreSQL") ? postgres : mariaDb;
    List<String> names = new java.util.ArrayList<>();
    try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        names.add(rs.getString(1).toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
