package dev.retort.engine.runtime;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.PostgresDialect;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL, a table of a million rows and a session writing to it all along: with the online forms its
 * longest wait stays under a second while an index, a foreign key, a check and a NOT NULL are added; a plain
 * CREATE INDEX, queued behind a transaction that holds the table a while, makes it wait longer.
 */
class OnlineLockTest {
  private static final int ROWS = 1_000_000;
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);
  /** How long the transaction a plain CREATE INDEX queues behind holds its write lock. */
  private static final long HOLD_MILLIS = 1_500;

  @Revision(id = "lock00000001", message = "plain index")
  public static final class PlainIndex implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createIndex("events", index("ix_events_code", "code"));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropIndex("events", index("ix_events_code", "code"));
    }
  }

  @Revision(id = "lock00000002", parents = "lock00000001", message = "online index")
  public static final class OnlineIndex implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.lockTimeout(Duration.ofSeconds(5));
      op.outsideTransaction(o -> o.createIndexConcurrently("events", index("ix_events_customer", "customer_id")));
    }

    @Override
    public void downgrade(Ops op) {
      op.lockTimeout(Duration.ofSeconds(5));
      op.outsideTransaction(o -> o.dropIndexConcurrently("events", index("ix_events_customer", "customer_id")));
    }
  }

  @Revision(id = "lock00000003", parents = "lock00000002", message = "online foreign key")
  public static final class OnlineForeignKey implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.lockTimeout(Duration.ofSeconds(2));
      op.addForeignKeyNotValid("events", foreignKey("fk_events_customer", "customer_id", "customers", "id"));
      op.outsideTransaction(o -> o.validateConstraint("events", "fk_events_customer"));
    }

    @Override
    public void downgrade(Ops op) {
      op.lockTimeout(Duration.ofSeconds(2));
      op.dropForeignKey("events", foreignKey("fk_events_customer", "customer_id", "customers", "id"));
    }
  }

  @Revision(id = "lock00000004", parents = "lock00000003", message = "online check")
  public static final class OnlineCheck implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.lockTimeout(Duration.ofSeconds(2));
      op.addCheckNotValid("events", check("ck_events_amount", "amount >= 0"));
      op.outsideTransaction(o -> o.validateConstraint("events", "ck_events_amount"));
    }

    @Override
    public void downgrade(Ops op) {
      op.lockTimeout(Duration.ofSeconds(2));
      op.dropCheck("events", check("ck_events_amount", "amount >= 0"));
    }
  }

  @Revision(id = "lock00000005", parents = "lock00000004", message = "online not null")
  public static final class OnlineNotNull implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.lockTimeout(Duration.ofSeconds(2));
      op.addCheckNotValid("events", check("events_customer_id_not_null", "\"customer_id\" IS NOT NULL"));
      op.outsideTransaction(o -> o.validateConstraint("events", "events_customer_id_not_null"));
      op.alterColumn("events", column("customer_id", bigint()), column("customer_id", bigint()).notNull());
      op.dropCheck("events", check("events_customer_id_not_null", "\"customer_id\" IS NOT NULL"));
    }

    @Override
    public void downgrade(Ops op) {
      op.lockTimeout(Duration.ofSeconds(2));
      op.alterColumn("events", column("customer_id", bigint()).notNull(), column("customer_id", bigint()));
    }
  }

  private static final List<Class<?>> CHAIN = List.of(PlainIndex.class, OnlineIndex.class, OnlineForeignKey.class,
      OnlineCheck.class, OnlineNotNull.class);

  @Test
  void theOnlineFormsKeepAWriterGoingWhereThePlainIndexBlocksIt() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE customers (id bigint PRIMARY KEY)");
        s.execute("INSERT INTO customers SELECT g FROM generate_series(0, 999) g");
        s.execute("CREATE TABLE events (id bigint PRIMARY KEY, customer_id bigint, code text, amount int)");
        s.execute("INSERT INTO events SELECT g, g % 1000, md5(g::text), g % 100 FROM generate_series(1, " + ROWS
            + ") g");
        s.execute("VACUUM ANALYZE events");
      }
      Migrator migrator = new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
          new PostgresDialect(), new MigrationSet(MigrationClasses.load(CHAIN)));

      Duration plain = longestWrite(db, true, () -> migrator.upgrade("lock00000001", step -> { }));
      assertThat(plain).as("a plain CREATE INDEX behind a held lock blocks the writer").isGreaterThan(ONE_SECOND);

      Duration index = longestWrite(db, true, () -> migrator.upgrade("lock00000002", step -> { }));
      assertThat(index).as("CREATE INDEX CONCURRENTLY behind the same held lock").isLessThan(ONE_SECOND);
      Duration foreignKey = longestWrite(db, false, () -> migrator.upgrade("lock00000003", step -> { }));
      assertThat(foreignKey).as("foreign key NOT VALID, then VALIDATE").isLessThan(ONE_SECOND);
      Duration check = longestWrite(db, false, () -> migrator.upgrade("lock00000004", step -> { }));
      assertThat(check).as("check NOT VALID, then VALIDATE").isLessThan(ONE_SECOND);
      Duration notNull = longestWrite(db, false, () -> migrator.upgrade("lock00000005", step -> { }));
      assertThat(notNull).as("SET NOT NULL after a validated check").isLessThan(ONE_SECOND);

      try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT (SELECT count(*) FROM pg_constraint WHERE conrelid = 'events'::regclass AND convalidated"
              + " AND conname IN ('fk_events_customer', 'ck_events_amount')),"
              + " (SELECT attnotnull FROM pg_attribute WHERE attrelid = 'events'::regclass"
              + " AND attname = 'customer_id'),"
              + " (SELECT count(*) FROM pg_index WHERE indrelid = 'events'::regclass AND indisvalid)")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
        assertThat(rs.getBoolean(2)).isTrue();
        assertThat(rs.getInt(3)).isEqualTo(3); // primary key, ix_events_code, ix_events_customer
      }
      Duration down = longestWrite(db, false, () -> migrator.downgrade("lock00000001", step -> { }));
      assertThat(down).as("the online downgrades").isLessThan(ONE_SECOND);
      assertThat(migrator.current()).containsExactly("lock00000001");
    }
  }

  interface Change {
    void run() throws Exception;
  }

  /**
   * The longest a writer committing one row at a time waits while {@code change} runs; with {@code held}, a
   * transaction holds a row of the table for {@link #HOLD_MILLIS} meanwhile, as a long request would.
   */
  private static Duration longestWrite(TestDatabase db, boolean held, Change change) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong longest = new AtomicLong();
    AtomicLong written = new AtomicLong();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try (Connection c = db.connect();
          PreparedStatement update = c.prepareStatement("UPDATE events SET amount = amount + 1 WHERE id = ?");
          PreparedStatement insert = c.prepareStatement("INSERT INTO events VALUES (?, 1, 'w', 1)")) {
        long next = ROWS + 1 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        while (!stop.get()) {
          long start = System.nanoTime();
          update.setLong(1, 2 + ThreadLocalRandom.current().nextInt(ROWS - 1));
          update.executeUpdate();
          insert.setLong(1, next++);
          insert.executeUpdate();
          longest.accumulateAndGet(System.nanoTime() - start, Math::max);
          written.incrementAndGet();
        }
      } catch (Throwable e) {
        failed.set(e);
      }
    }, "writer");
    writer.start();
    Thread holder = null;
    try {
      Thread.sleep(200);
      if (held) {
        CountDownHolder hold = new CountDownHolder(db);
        holder = new Thread(hold, "holder");
        holder.start();
        hold.started.await();
      }
      change.run();
      if (holder != null) {
        holder.join();
      }
      Thread.sleep(200);
    } finally {
      stop.set(true);
      writer.join();
    }
    if (failed.get() != null) {
      throw new AssertionError("the writer failed", failed.get());
    }
    assertThat(written.get()).as("rows written").isGreaterThan(10);
    return Duration.ofNanos(longest.get());
  }

  /** A transaction that writes a row of the table and holds it, as a long request does. */
  private static final class CountDownHolder implements Runnable {
    final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    private final TestDatabase db;

    CountDownHolder(TestDatabase db) {
      this.db = db;
    }

    @Override
    public void run() {
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        c.setAutoCommit(false);
        s.execute("UPDATE events SET amount = amount WHERE id = 1");
        started.countDown();
        Thread.sleep(HOLD_MILLIS);
        c.commit();
      } catch (Exception e) {
        started.countDown();
        throw new IllegalStateException(e);
      }
    }
  }
}
