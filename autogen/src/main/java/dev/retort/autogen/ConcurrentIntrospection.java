package dev.retort.autogen;

import dev.retort.autogen.introspect.SchemaIntrospector;
import dev.retort.autogen.introspect.TableFilter;
import dev.retort.engine.schema.SchemaModel;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The live schema, read on a thread of its own while Hibernate builds the entities' metadata on the caller's:
 * the two take comparable time and the metadata needs no connection. The connection is this reader's alone
 * until {@link #result} or {@link #close} returns.
 */
final class ConcurrentIntrospection implements AutoCloseable {
  private final Set<String> schemas;
  private final FutureTask<SchemaModel> task;

  private ConcurrentIntrospection(Set<String> schemas, FutureTask<SchemaModel> task) {
    this.schemas = Set.copyOf(schemas);
    this.task = task;
  }

  /** Starts reading the connection's schema and the named {@code schemas}. */
  static ConcurrentIntrospection start(SchemaIntrospector introspector, Connection connection, Set<String> schemas) {
    FutureTask<SchemaModel> task = new FutureTask<>(() -> introspector.introspect(connection, TableFilter.DEFAULT,
        schemas));
    Thread thread = new Thread(task, "retort-introspection");
    thread.setDaemon(true);
    thread.start();
    return new ConcurrentIntrospection(schemas, task);
  }

  /**
   * The schema read, once read; null when the entities name schemas it did not read (the caller reads again
   * with them). A failure of the read is thrown here, on the caller's thread.
   */
  SchemaModel result(Set<String> wanted) {
    SchemaModel read = await();
    return schemas.containsAll(wanted) ? read : null;
  }

  private SchemaModel await() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          // the connection is in use until the read ends, so the wait goes on
          interrupted = true;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Waits for the read to end, so the caller may close the connection; a failure no one asked for is dropped. */
  @Override
  public void close() {
    try {
      await();
    } catch (RuntimeException | Error ignored) {
      // the caller is failing already, or has the result
    }
  }
}
