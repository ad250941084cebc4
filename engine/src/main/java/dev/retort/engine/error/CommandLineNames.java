package dev.retort.engine.error;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code retort} command line's names: an option per retort.properties key, which the file and, for the
 * connection, the {@code RETORT_*} environment variables can give instead.
 */
final class CommandLineNames implements SettingNames {
  private static final Map<String, String> OPTIONS = Map.of("migrations.dir", "--migrations", "schemas", "--schema");
  private static final Set<String> IN_ENVIRONMENT = Set.of("url", "user", "password");

  @Override
  public String setting(String key) {
    return OPTIONS.getOrDefault(key, "--" + key.replace('.', '-'));
  }

  /** {@code --url (or RETORT_URL, or url in retort.properties)}. */
  @Override
  public String settings(String... keys) {
    List<String> all = List.of(keys);
    List<String> environment = all.stream().filter(IN_ENVIRONMENT::contains)
        .map(key -> "RETORT_" + key.toUpperCase(java.util.Locale.ROOT)).toList();
    String file = all.size() == 1 ? keys[0] + " in retort.properties" : "retort.properties";
    return SettingNames.join(all.stream().map(this::setting).toList()) + " (or "
        + (environment.isEmpty() ? "" : SettingNames.join(environment) + ", or ") + file + ")";
  }
}
