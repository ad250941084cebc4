package dev.retort.maven;

import dev.retort.engine.error.SettingNames;
import dev.retort.project.FrontEnd;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Retort in a Maven build: messages name goals ({@code `mvn retort:upgrade`}) and plugin parameters, migrations
 * live in the source tree under their package, and Retort's own files go under {@code target/}.
 */
final class MavenFrontEnd implements FrontEnd {
  private static final Map<String, String> GOALS = Map.of("autogen", "autogen", "revision", "autogen",
      "upgrade", "upgrade", "downgrade", "downgrade", "current", "current", "history", "history", "check", "check");

  private static final Set<String> CONNECTION = Set.of("url", "user", "password");

  private final Path sourceDirectory;
  private final Path buildDirectory;

  MavenFrontEnd(Path sourceDirectory, Path buildDirectory) {
    this.sourceDirectory = sourceDirectory;
    this.buildDirectory = buildDirectory;
  }

  /** {@code upgrade head} is {@code mvn retort:upgrade}; what has no goal stays the command line's. */
  @Override
  public String command(String words) {
    String[] parts = words.split(" ", 2);
    String goal = GOALS.get(parts[0]);
    if (goal == null) {
      return "`retort " + words + "` (Retort's command line)";
    }
    String target = parts.length < 2 || parts[1].equals("head") || goal.equals("autogen") ? ""
        : " -Dretort.target=" + parts[1];
    return "`mvn retort:" + goal + target + "`";
  }

  @Override
  public String setting(String key) {
    String parameter = parameter(key);
    return "<" + parameter + "> (-Dretort." + parameter + ")";
  }

  /**
   * {@code <user> and <password> in the plugin's configuration (or -Dretort.user and -Dretort.password, ...)},
   * with the other places the connection's settings come from.
   */
  @Override
  public String settings(String... keys) {
    List<String> all = List.of(keys);
    String configured = SettingNames.join(all.stream().map(key -> "<" + parameter(key) + ">").toList());
    String properties = SettingNames.join(all.stream().map(key -> "-Dretort." + parameter(key)).toList());
    List<String> environment = all.stream().filter(CONNECTION::contains)
        .map(key -> "RETORT_" + key.toUpperCase(Locale.ROOT)).toList();
    String server = all.contains("password") ? ", the settings.xml <server> that <serverId> names" : "";
    return configured + " in the plugin's configuration (or " + properties + server
        + (environment.isEmpty() ? "" : ", " + SettingNames.join(environment)) + ", or retort.properties)";
  }

  @Override
  public String setting(String key, String value) {
    if (key.equals("rename")) {
      return "-Dretort.rename=" + value + " (or <renames><rename>" + value + "</rename></renames> in the plugin's"
          + " configuration)";
    }
    String parameter = parameter(key);
    return "-Dretort." + parameter + "=" + value + " (or <" + parameter + ">" + value + "</" + parameter
        + "> in the plugin's configuration)";
  }

  @Override
  public Path defaultMigrationsDir(Path projectFolder, String migrationsPackage) {
    return sourceDirectory.resolve(migrationsPackage.replace('.', '/'));
  }

  @Override
  public Path workFolder(Path projectFolder) {
    return buildDirectory;
  }

  @Override
  public boolean migrationsFolderOptional() {
    return true;
  }

  /** The plugin parameter for a retort.properties key: {@code connect.timeout} is {@code connectTimeout}. */
  static String parameter(String key) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '.') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
