package dev.retort.test;

import dev.retort.autogen.introspect.Introspectors;
import dev.retort.autogen.introspect.TableFilter;
import dev.retort.engine.Retort;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.SequenceDef;
import dev.retort.engine.schema.TableDef;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The database one check runs on: the one the user gave, or a fresh in-memory H2 that lives as long as this
 * object. Either way it must be empty when the check starts, and the check leaves it empty.
 */
final class CheckDatabase implements AutoCloseable {
  private final String url;
  private final String user;
  private final String password;
  private final Connection keepAlive;

  private CheckDatabase(String url, String user, String password, Connection keepAlive) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.keepAlive = keepAlive;
  }

  /** The given database, or with {@code url == null} a new in-memory H2 of a unique name. */
  static CheckDatabase open(String url, String user, String password) {
    if (url != null) {
      return new CheckDatabase(url, user, password, null);
    }
    String fresh = "jdbc:h2:mem:retort_check_" + UUID.randomUUID().toString().replace("-", "");
    try {
      // the open connection keeps the in-memory database alive between the check's own connections
      return new CheckDatabase(fresh, "sa", "", DriverManager.getConnection(fresh, "sa", ""));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the in-memory H2 database " + fresh + ": " + e.getMessage()
          + ". Put com.h2database:h2 on the test class path, or give a database with url(...).", e);
    }
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  String url() {
    return url;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  Retort load(String migrationsPackage, ClassLoader loader) {
    return Retort.configure().url(url).user(user).password(password).migrationsPackage(migrationsPackage)
        .classLoader(loader).load();
  }

  /** The tables and sequences Retort sees, its own version table left out. */
  SchemaModel schema(Retort retort) {
    try (Connection connection = connect()) {
      return Introspectors.forDialect(retort.dialect()).introspect(connection, TableFilter.DEFAULT);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the schema of " + url + ": " + e.getMessage(), e);
    }
  }

  /** Refuses a database that has tables, sequences or an applied revision: the checks would drop them. */
  void requireEmpty(Retort retort) {
    SchemaModel schema = schema(retort);
    List<String> found = new ArrayList<>();
    schema.tables().stream().map(TableDef::name).forEach(t -> found.add("table " + t));
    schema.sequences().stream().map(SequenceDef::name).forEach(s -> found.add("sequence " + s));
    List<String> current = retort.current();
    if (!current.isEmpty()) {
      found.add("applied revision " + String.join(", ", current));
    }
    if (!found.isEmpty()) {
      throw new IllegalStateException("The database " + url + " is not empty: it has " + String.join(", ", found)
          + ". Nothing was changed. The migration checks start from an empty database and downgrade it to base"
          + " at the end; give them a database of their own, or none for an in-memory H2.");
    }
  }

  @Override
  public void close() throws SQLException {
    if (keepAlive != null) {
      keepAlive.close();
    }
  }
}
