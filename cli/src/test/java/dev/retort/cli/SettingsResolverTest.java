package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    CommonOptions options = new CommonOptions();
    options.user = "from-option";
    Settings settings = new SettingsResolver(new Environment(dir, Map.of("RETORT_PASSWORD", "env-secret",
        "RETORT_USER", "from-env"))).resolve(options, null, null);
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
        "org.hibernate.other=left out",
        ""));
    Settings settings = new SettingsResolver(new Environment(dir, Map.of())).resolve(new CommonOptions(), null, null);
    assertThat(settings.hibernate()).isEqualTo(Map.of("org.hibernate.envers.audit_table_suffix", "_history"));
  }

  @Test
  void defaultsWithoutAnyFile() {
    Settings settings = new SettingsResolver(new Environment(dir, Map.of())).resolve(new CommonOptions(), null, null);
    assertThat(settings.url()).isEqualTo("jdbc:h2:file:" + dir.resolve("retort-db"));
    assertThat(settings.user()).isEqualTo("sa");
    assertThat(settings.migrationsDir()).isEqualTo(dir.resolve("migrations"));
    assertThat(settings.migrationsPackage()).isEqualTo("migrations");
    assertThat(settings.hibernate()).isEmpty();
  }
}
