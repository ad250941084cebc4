package dev.retort.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSettingsTest {
  @TempDir
  Path dir;

  @Test
  void theHibernateAndEnversKeysOfRetortPropertiesAreRead() throws Exception {
    Files.writeString(dir.resolve("retort.properties"), String.join("\n",
        "url=jdbc:postgresql://db/app",
        "entities=com.app.model",
        "hibernate.physical_naming_strategy = org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
        "org.hibernate.envers.audit_table_suffix=_history",
        ""));
    assertThat(ProjectSettings.hibernate(dir)).isEqualTo(Map.of(
        "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
        "org.hibernate.envers.audit_table_suffix", "_history"));
  }

  @Test
  void withoutRetortPropertiesThereAreNoSettings() {
    assertThat(ProjectSettings.hibernate(dir)).isEmpty();
  }
}
