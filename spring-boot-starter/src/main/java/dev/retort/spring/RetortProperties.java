package dev.retort.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code retort.*} settings of an application. The parameter descriptions are plain text: the
 * configuration processor copies them into the metadata IDEs show.
 *
 * @param enabled whether migrations are applied at start-up
 * @param migrationsPackage the package the compiled migrations are in (sub-packages are not read)
 * @param target the revision to upgrade to: head, heads, a revision id or prefix, or +N
 * @param lockTimeout how long start-up waits for another run's migration lock (zero: do not wait)
 * @param url a JDBC URL to migrate instead of the application's data source (a user with DDL rights, say)
 * @param user the user for retort.url
 * @param password the password for retort.url
 * @param connectTimeout how long opening a connection to retort.url may take (zero: no limit)
 * @param readTimeout how long each answer to Retort's own queries may take (zero: no limit); a migration's
 *     own statements have none
 */
@ConfigurationProperties("retort")
public record RetortProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("migrations") String migrationsPackage,
    @DefaultValue("head") String target,
    @DefaultValue("60s") Duration lockTimeout,
    String url,
    @DefaultValue("") String user,
    @DefaultValue("") String password,
    @DefaultValue("10s") Duration connectTimeout,
    @DefaultValue("60s") Duration readTimeout) {

  /** Leaves the password out, so a logged or printed configuration never shows it. */
  @Override
  public String toString() {
    return "RetortProperties[enabled=" + enabled + ", migrationsPackage=" + migrationsPackage + ", target="
        + target + ", lockTimeout=" + lockTimeout + ", url=" + url + ", user=" + user + ", connectTimeout="
        + connectTimeout + ", readTimeout=" + readTimeout + "]";
  }
}
