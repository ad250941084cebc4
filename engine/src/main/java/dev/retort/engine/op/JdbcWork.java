package dev.retort.engine.op;

import java.sql.Connection;
import java.sql.SQLException;

/** Row-by-row work a migration does itself, on the migration's connection and inside its transaction. */
@FunctionalInterface
public interface JdbcWork {
  void run(Connection connection) throws SQLException;
}
