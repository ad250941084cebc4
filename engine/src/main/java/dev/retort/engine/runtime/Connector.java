package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens connections and turns the ways that fails into messages a person can act on. */
public final class Connector {
  private final ConnectionSettings settings;

  public Connector(ConnectionSettings settings) {
    this.settings = settings;
  }

  public ConnectionSettings settings() {
    return settings;
  }

  public Connection open() {
    try {
      return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  private RetortException translate(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String where = settings.safeUrl() + " as user '" + settings.user() + "'";
    String reason = mask(e.getMessage());
    if (state.startsWith("28")) {
      return new RetortException(ErrorCode.AUTHENTICATION_FAILED, "The database at " + where
          + " refused the credentials: " + reason + ". Nothing was changed. Check --user and --password"
          + " (or RETORT_USER and RETORT_PASSWORD, or retort.properties).", e);
    }
    if (state.startsWith("08") || e.getMessage() == null || e.getMessage().startsWith("No suitable driver")) {
      return new RetortException(ErrorCode.DATABASE_UNREACHABLE, "Cannot reach the database at " + where
          + ": " + reason + ". Nothing was changed. Check that the server is running and that --url (or"
          + " RETORT_URL, or url in retort.properties) is right.", e);
    }
    return new RetortException(ErrorCode.DATABASE_UNREACHABLE, "Cannot connect to the database at " + where
        + ": " + reason + " (SQL state " + state + "). Nothing was changed. Check --url, --user and"
        + " --password.", e);
  }

  private String mask(String message) {
    if (message == null) {
      return "no reason given";
    }
    String masked = message.replace(settings.url(), settings.safeUrl());
    return settings.password().isEmpty() ? masked : masked.replace(settings.password(), "***");
  }
}
