package dev.retort.autogen;

import dev.retort.autogen.introspect.SchemaIntrospector;
import dev.retort.autogen.introspect.TableFilter;
import dev.retort.engine.runtime.Background;
import dev.retort.engine.schema.SchemaModel;
import java.sql.Connection;
import java.util.Set;

/**
 * The live schema, read on a thread of its own while Hibernate builds the entities' metadata on the caller's:
 * the two take comparable time and the metadata needs no connection. The connection is this reader's alone
 * until {@link #result} or {@link #close} returns.
 */
final class ConcurrentIntrospection implements AutoCloseable {
  private final Set<String> schemas;
  private final Background<SchemaModel> reading;

  private ConcurrentIntrospection(Set<String> schemas, Background<SchemaModel> reading) {
    this.schemas = Set.copyOf(schemas);
    this.reading = reading;
  }

  /** Starts reading the connection's schema and the named {@code schemas}. */
  static ConcurrentIntrospection start(SchemaIntrospector introspector, Connection connection, Set<String> schemas) {
    return new ConcurrentIntrospection(schemas, Background.start("retort-introspection",
        () -> introspector.introspect(connection, TableFilter.DEFAULT, schemas)));
  }

  /**
   * The schema read, once read; null when the entities name schemas it did not read (the caller reads again
   * with them). A failure of the read is thrown here, on the caller's thread.
   */
  SchemaModel result(Set<String> wanted) {
    SchemaModel read = reading.await();
    return schemas.containsAll(wanted) ? read : null;
  }

  /** Waits for the read to end, so the caller may close the connection; a failure no one asked for is dropped. */
  @Override
  public void close() {
    try {
      reading.await();
    } catch (RuntimeException | Error ignored) {
      // the caller is failing already, or has the result
    }
  }
}
