package dev.retort.cli;

import java.util.List;

/**
 * What the command line gave, before or after the command name; null (or empty) where nothing was given, so
 * the environment, retort.properties and the defaults fill in the rest.
 *
 * @param url {@code --url}
 * @param user {@code --user}
 * @param password {@code --password} (never printed)
 * @param migrations {@code --migrations}
 * @param entities {@code --entities}
 * @param classpath {@code --classpath}
 * @param include {@code --include}
 * @param exclude {@code --exclude}
 * @param schemas {@code --schema}
 * @param connectTimeout {@code --connect-timeout}, in seconds
 * @param readTimeout {@code --read-timeout}, in seconds
 */
record GivenOptions(String url, String user, String password, String migrations, String entities,
    String classpath, List<String> include, List<String> exclude, List<String> schemas, Integer connectTimeout,
    Integer readTimeout) {
  static final GivenOptions NONE = new GivenOptions(null, null, null, null, null, null, List.of(), List.of(),
      List.of(), null, null);

  GivenOptions {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    schemas = List.copyOf(schemas);
  }

  GivenOptions withUser(String newUser) {
    return new GivenOptions(url, newUser, password, migrations, entities, classpath, include, exclude, schemas,
        connectTimeout, readTimeout);
  }

  @Override
  public String toString() {
    return "GivenOptions[url=" + url + ", user=" + user + ", password=" + (password == null ? null : "***")
        + ", migrations=" + migrations + ", entities=" + entities + ", classpath=" + classpath + ", include="
        + include + ", exclude=" + exclude + ", schemas=" + schemas + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + "]";
  }
}
