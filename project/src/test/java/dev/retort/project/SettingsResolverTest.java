package dev.retort.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.error.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option, then environment, then retort.properties, then default; hibernate.* keys go to Hibernate. */
class SettingsResolverTest {
  @TempDir
  Path dir;

  @Test
  void precedenceAndHibernateSettings() throws Exception {
    Files.writeString(dir.resolve("retort.properties"), String.join("\n",
        "url=jdbc:postgresql://db/app",
        "user=from-file",
        "password=file-secret",
        "exclude=tmp_*, audit_*",
        "schemas=legacy",
        "hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
        "hibernate.default_schema = app",
        ""));
    Settings settings = new SettingsResolver(new Environment(dir, Map.of("RETORT_PASSWORD", "env-secret",
        "RETORT_USER", "from-env"))).resolve(GivenOptions.NONE.withUser("from-option"));
    assertThat(settings.url()).isEqualTo("jdbc:postgresql://db/app");
    assertThat(settings.user()).isEqualTo("from-option");
    assertThat(settings.password()).isEqualTo("env-secret");
    assertThat(settings.exclude()).isEqualTo(List.of("tmp_*", "audit_*"));
    assertThat(settings.schemas()).isEqualTo(List.of("legacy"));
    assertThat(settings.hibernate()).isEqualTo(Map.of(
        "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
        "hibernate.default_schema", "app"));
    assertThat(settings.toString()).doesNotContain("secret");
  }

  @Test
  void enversSettingsGoToHibernateToo() throws Exception {
    Files.writeString(dir.resolve("retort.properties"), String.join("\n",
        "org.hibernate.envers.audit_table_suffix=_history",
        "hibernate.format_sql=true",
        ""));
    Settings settings = new SettingsResolver(new Environment(dir, Map.of())).resolve(GivenOptions.NONE);
    assertThat(settings.hibernate()).isEqualTo(Map.of("org.hibernate.envers.audit_table_suffix", "_history",
        "hibernate.format_sql", "true"));
  }

  @Test
  void timeoutsComeFromTheOptionThenTheFileThenTheDefault() throws Exception {
    Settings defaults = new SettingsResolver(new Environment(dir, Map.of())).resolve(GivenOptions.NONE);
    assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(60));
    Files.writeString(dir.resolve("retort.properties"), "connect.timeout=3\nread.timeout = 0\n");
    Settings fromFile = new SettingsResolver(new Environment(dir, Map.of())).resolve(GivenOptions.NONE);
    assertThat(fromFile.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(fromFile.readTimeout()).isEqualTo(Duration.ZERO);
    GivenOptions option = new GivenOptions(null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
        null, 120);
    Settings fromOption = new SettingsResolver(new Environment(dir, Map.of())).resolve(option);
    assertThat(fromOption.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(fromOption.readTimeout()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void defaultsWithoutAnyFile() {
    Settings settings = new SettingsResolver(new Environment(dir, Map.of())).resolve(GivenOptions.NONE);
    assertThat(settings.url()).isEqualTo("jdbc:h2:file:" + dir.resolve("retort-db"));
    assertThat(settings.user()).isEqualTo("sa");
    assertThat(settings.migrationsDir()).isEqualTo(dir.resolve("migrations"));
    assertThat(settings.migrationsPackage()).isEqualTo("migrations");
    assertThat(settings.hibernate()).isEmpty();
  }

  /** A misspelt key would silently leave Retort on its default database: it is refused, with the likely key. */
  @Test
  void anUnknownKeyIsRefusedWithTheNearestKnownOne() throws Exception {
    Files.writeString(dir.resolve("retort.properties"), "URL=jdbc:postgresql://db/app\n");
    assertThatThrownBy(() -> new SettingsResolver(new Environment(dir, Map.of())))
        .isInstanceOf(RetortException.class)
        .hasMessage(dir.resolve("retort.properties") + " has the key 'URL', which Retort does not know; did you"
            + " mean 'url'? Nothing was changed and no database was opened. Fix the key (known: url, user,"
            + " password, migrations.dir, migrations.package, entities, classpath, include, exclude, schemas,"
            + " connect.timeout, read.timeout, planner, online.lock-timeout, and hibernate.* and"
            + " org.hibernate.envers.* for Hibernate), then rerun.");
    Files.writeString(dir.resolve("retort.properties"), "migration.dir=db\n");
    assertThatThrownBy(() -> new SettingsResolver(new Environment(dir, Map.of())))
        .hasMessageContaining("the key 'migration.dir', which Retort does not know; did you mean 'migrations.dir'?");
  }

  /** An empty url is no reason to fall back to the local H2 file. */
  @Test
  void anEmptyUrlIsAnError() throws Exception {
    Files.writeString(dir.resolve("retort.properties"), "url=\n");
    assertThatThrownBy(() -> new SettingsResolver(new Environment(dir, Map.of())).resolve(GivenOptions.NONE))
        .isInstanceOf(RetortException.class).hasMessageStartingWith("url= in retort.properties is empty, so"
            + " Retort does not know which database to use and uses none: nothing was changed.");
    Files.delete(dir.resolve("retort.properties"));
    assertThatThrownBy(() -> new SettingsResolver(new Environment(dir, Map.of("RETORT_URL", " "))).resolve(
        GivenOptions.NONE)).hasMessageStartingWith("RETORT_URL is empty");
  }
}
