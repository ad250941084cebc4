package dev.retort.autogen.entity;

import dev.retort.autogen.entity.warmup.WarmUpBook;
import dev.retort.autogen.entity.warmup.WarmUpShelf;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.SchemaModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * Maps two entities of Retort's own on a thread of its own, while the caller finds the application's entities
 * and reads its database: most of a small model's mapping time is Hibernate loading and initialising its own
 * classes, which a first build does once for every later one. What it builds is thrown away, and so is any
 * failure: the real build meets its own.
 */
public final class HibernateWarmUp {
  private HibernateWarmUp() {}

  /**
   * Starts the warm-up for the database {@code dialect} names, asked on the warm-up's thread: a command that
   * never connects may have a URL no dialect fits, which is no concern of a warm-up.
   */
  public static void start(Supplier<SqlDialect> dialect) {
    Thread thread = new Thread(() -> {
      try {
        build(dialect.get());
      } catch (RuntimeException | LinkageError e) {
        // only time was at stake
      }
    }, "retort-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** The warm-up's own schema: built as an application's would be, through the same calls. */
  static SchemaModel build(SqlDialect dialect) {
    try (EntityMetadata metadata = EntityMetadata.build(List.of(WarmUpShelf.class, WarmUpBook.class),
        HibernateWarmUp.class.getClassLoader(), dialect, 15, 0)) {
      return new EntitySchemaReader(dialect).read(metadata.metadata());
    }
  }
}
