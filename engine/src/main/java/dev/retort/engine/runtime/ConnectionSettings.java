package dev.retort.engine.runtime;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the database is. The password never appears in {@link #toString()} or in any message; a password in
 * the URL is masked by {@link #safeUrl()}.
 */
public record ConnectionSettings(String url, String user, String password) {
  private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

  public ConnectionSettings {
    Objects.requireNonNull(url, "url == null");
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  /** The URL with any password parameter masked, for messages. */
  public String safeUrl() {
    return URL_PASSWORD.matcher(url).replaceAll("$1***");
  }

  @Override
  public String toString() {
    return "ConnectionSettings[url=" + safeUrl() + ", user=" + user + ", password=***]";
  }
}
