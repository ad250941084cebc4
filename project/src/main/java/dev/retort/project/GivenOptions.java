package dev.retort.project;

import java.util.List;

/**
 * What the command line gave, before or after the command name; null (or empty) where nothing was given, so
 * the environment, retort.properties and the defaults fill in the rest.
 *
 * @param url {@code --url}
 * @param user {@code --user}
 * @param password {@code --password} (never printed)
 * @param migrations {@code --migrations}
 * @param migrationsPackage the migrations' Java package (the command line takes it from retort.properties only)
 * @param entities {@code --entities}
 * @param classpath {@code --classpath}
 * @param include {@code --include}
 * @param exclude {@code --exclude}
 * @param schemas {@code --schema}
 * @param connectTimeout {@code --connect-timeout}, in seconds
 * @param readTimeout {@code --read-timeout}, in seconds
 */
public record GivenOptions(String url, String user, String password, String migrations, String migrationsPackage,
    String entities, String classpath, List<String> include, List<String> exclude, List<String> schemas,
    Integer connectTimeout, Integer readTimeout) {
  public static final GivenOptions NONE = new GivenOptions(null, null, null, null, null, null, null, List.of(),
      List.of(), List.of(), null, null);

  public GivenOptions {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    schemas = List.copyOf(schemas);
  }

  public GivenOptions withUser(String newUser) {
    return new GivenOptions(url, newUser, password, migrations, migrationsPackage, entities, classpath, include,
        exclude, schemas, connectTimeout, readTimeout);
  }

  @Override
  public String toString() {
    return "GivenOptions[url=" + url + ", user=" + user + ", password=" + (password == null ? null : "***")
        + ", migrations=" + migrations + ", migrationsPackage=" + migrationsPackage + ", entities=" + entities
        + ", classpath=" + classpath + ", include=" + include + ", exclude=" + exclude + ", schemas=" + schemas
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
  }
}
