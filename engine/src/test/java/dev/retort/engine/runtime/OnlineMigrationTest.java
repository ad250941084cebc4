package dev.retort.engine.runtime;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.uniqueIndex;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.dialect.PostgresDialect;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL: the online forms as the engine runs them, with a lock timeout and after a failed build. */
class OnlineMigrationTest {
  private static final List<String> SEEN = new ArrayList<>();

  @Revision(id = "acct00000001", message = "accounts")
  public static final class Accounts implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable("accounts", column("id", bigint()).notNull(), column("email", varchar(100)), primaryKey("id"));
      op.execute("INSERT INTO accounts VALUES (1, 'a@x'), (2, 'a@x'), (3, 'b@x')");
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("accounts", column("id", bigint()).notNull(), column("email", varchar(100)), primaryKey("id"));
    }
  }

  @Revision(id = "acct00000002", parents = "acct00000001", message = "unique emails, online")
  public static final class UniqueEmails implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.lockTimeout(Duration.ofSeconds(2));
      op.run("read the lock timeout", c -> SEEN.add(lockTimeout(c)));
      op.outsideTransaction(o -> o.createIndexConcurrently("accounts", uniqueIndex("uk_accounts_email", "email")));
      op.addUniqueUsingIndex("accounts", unique("uk_accounts_email", "email"), "uk_accounts_email");
    }

    @Override
    public void downgrade(Ops op) {
      op.lockTimeout(Duration.ofSeconds(2));
      op.dropUnique("accounts", unique("uk_accounts_email", "email"));
    }
  }

  @Revision(id = "acct00000003", parents = "acct00000002", message = "plain, after an online one")
  public static final class Plain implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.run("read the lock timeout", c -> SEEN.add(lockTimeout(c)));
    }

    @Override
    public void downgrade(Ops op) {
    }
  }

  private static String lockTimeout(Connection c) throws java.sql.SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW lock_timeout")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static Migrator migrator(TestDatabase db, Class<?>... migrations) {
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
        new PostgresDialect(), new MigrationSet(MigrationClasses.load(List.of(migrations))));
  }

  private static List<String> invalidIndexes(Connection c) throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.relname FROM pg_index i"
        + " JOIN pg_class c ON c.oid = i.indexrelid WHERE NOT i.indisvalid")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  /**
   * The concurrent build over duplicates fails and leaves an INVALID index, which PostgreSQL does not roll
   * back; once the data is fixed the rerun drops it and builds it again instead of failing on its name.
   */
  @Test
  void aFailedConcurrentBuildIsDroppedAndBuiltAgainOnTheRerun() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL); Connection c = db.connect();
        Statement statement = c.createStatement()) {
      migrator(db, Accounts.class).upgrade("head", step -> { });
      assertThatThrownBy(() -> migrator(db, Accounts.class, UniqueEmails.class).upgrade("head", step -> { }))
          .hasMessageContaining("failed at statement 2 of 3 on PostgreSQL: CREATE UNIQUE INDEX CONCURRENTLY"
              + " \"uk_accounts_email\" ON \"accounts\" (\"email\")")
          .hasMessageContaining("could not create unique index")
          .hasMessageContaining("resumes at statement 2 as long as the earlier statements stay the same. What the"
              + " failed statement left behind (the INVALID index of a concurrent build) is dropped before it runs"
              + " again. Fix the migration or the data, then rerun.");
      assertThat(invalidIndexes(c)).containsExactly("uk_accounts_email");

      statement.execute("UPDATE accounts SET email = 'c@x' WHERE id = 2");
      assertThat(migrator(db, Accounts.class, UniqueEmails.class).upgrade("head", step -> { }).current())
          .containsExactly("acct00000002");
      assertThat(invalidIndexes(c)).isEmpty();
      try (ResultSet rs = statement.executeQuery("SELECT contype FROM pg_constraint WHERE conname ="
          + " 'uk_accounts_email'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("u");
      }
      assertThatThrownBy(() -> statement.execute("INSERT INTO accounts VALUES (4, 'a@x')"))
          .hasMessageContaining("uk_accounts_email");
      migrator(db, Accounts.class, UniqueEmails.class).downgrade("acct00000001", step -> { });
      statement.execute("INSERT INTO accounts VALUES (4, 'a@x')");
    }
  }

  /** Set for each statement of the online migration, it is reset after, so the next migration waits as usual. */
  @Test
  void theLockTimeoutHoldsForItsMigrationAlone() throws Exception {
    SEEN.clear();
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      migrator(db, Accounts.class).upgrade("head", step -> { });
      try (Connection c = db.connect(); Statement statement = c.createStatement()) {
        statement.execute("UPDATE accounts SET email = 'c@x' WHERE id = 2");
      }
      migrator(db, Accounts.class, UniqueEmails.class, Plain.class).upgrade("head", step -> { });
      assertThat(SEEN).containsExactly("2s", "0");
      String script = new OfflineScript(new PostgresDialect(), new MigrationSet(MigrationClasses.load(
          List.of(Accounts.class, UniqueEmails.class)))).upgrade("acct00000001", "acct00000002");
      assertThat(script).contains("BEGIN;\nSET lock_timeout = '2s';\n-- run read the lock timeout (Java code: runs"
          + " only online);\nCOMMIT;\nCREATE UNIQUE INDEX CONCURRENTLY \"uk_accounts_email\" ON \"accounts\""
          + " (\"email\");\nBEGIN;\nALTER TABLE \"accounts\" ADD CONSTRAINT \"uk_accounts_email\" UNIQUE USING INDEX"
          + " \"uk_accounts_email\";\nRESET lock_timeout;\n");
    }
  }

  /**
   * PostgreSQL refuses CONCURRENTLY in a transaction, so it runs outside one even where the migration did not
   * say so; the lock timeout is the setting of every statement after it, and no statement of its own.
   */
  @Test
  void concurrentStatementsRunOutsideTheTransactionAndTheTimeoutIsTheirSetting() {
    List<PlannedStatement> planned = StatementPlan.of(new PostgresDialect(), new Ops()
        .addColumn("accounts", column("name", varchar(20)))
        .lockTimeout(Duration.ofMillis(1500))
        .createIndexConcurrently("accounts", dev.retort.engine.migration.Dsl.index("ix_accounts_name", "name"))
        .recorded());
    assertThat(planned).extracting(PlannedStatement::text).containsExactly(
        "ALTER TABLE \"accounts\" ADD COLUMN \"name\" varchar(20)",
        "CREATE INDEX CONCURRENTLY \"ix_accounts_name\" ON \"accounts\" (\"name\")");
    assertThat(planned).extracting(PlannedStatement::outsideTransaction).containsExactly(false, true);
    assertThat(planned).extracting(PlannedStatement::setting).containsExactly(null,
        new SessionSetting("SET lock_timeout = '1500ms'", "RESET lock_timeout"));
    assertThat(StatementPlan.of(new dev.retort.engine.dialect.H2Dialect(), new Ops()
        .lockTimeout(Duration.ofSeconds(2)).addColumn("accounts", column("name", varchar(20))).recorded()))
        .extracting(PlannedStatement::setting).containsOnlyNulls();
  }

  /** A statement that waits for a lock longer than the timeout fails instead of queueing everyone behind it. */
  @Test
  void aBlockedStatementFailsAfterTheLockTimeout() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      migrator(db, Accounts.class).upgrade("head", step -> { });
      try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
        statement.execute("UPDATE accounts SET email = 'c@x' WHERE id = 2");
        holder.setAutoCommit(false);
        statement.execute("LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE");
        long start = System.nanoTime();
        assertThatThrownBy(() -> migrator(db, Accounts.class, UniqueEmails.class).upgrade("head", step -> { }))
            .hasMessageContaining("canceling statement due to lock timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        holder.rollback();
      }
      assertThat(migrator(db, Accounts.class, UniqueEmails.class).upgrade("head", step -> { }).current())
          .containsExactly("acct00000002");
    }
  }
}
