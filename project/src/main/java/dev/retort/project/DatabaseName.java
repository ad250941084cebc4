package dev.retort.project;

import java.util.regex.Pattern;

/** A database as a command names it before it connects: the URL without any password, and the user. */
public final class DatabaseName {
  // password=... in a query string (PostgreSQL, MariaDB) or after a semicolon (H2), any case
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password)=[^&;]*");
  // user:password@ in the authority (MariaDB's URLs allow it)
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@]*):[^/@]*@");

  private DatabaseName() {}

  public static String of(String url, String user) {
    String shown = PASSWORD_PARAMETER.matcher(url).replaceAll("$1=***");
    shown = USER_INFO_PASSWORD.matcher(shown).replaceAll("$1:***@");
    return shown + (user == null || user.isEmpty() ? " (no user)" : " (user " + user + ")");
  }
}
