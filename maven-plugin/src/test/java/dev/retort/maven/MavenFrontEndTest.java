package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Retort's messages in a Maven build name goals and plugin parameters. */
class MavenFrontEndTest {
  private final MavenFrontEnd frontEnd = new MavenFrontEnd(Path.of("/app/src/main/java"), Path.of("/app/target"));

  @Test
  void commandsAreGoals() {
    assertThat(frontEnd.command("upgrade head")).isEqualTo("`mvn retort:upgrade`");
    assertThat(frontEnd.command("downgrade -1")).isEqualTo("`mvn retort:downgrade -Dretort.target=-1`");
    assertThat(frontEnd.command("autogen")).isEqualTo("`mvn retort:autogen`");
    assertThat(frontEnd.command("accept 3f2a9c1b7e10"))
        .isEqualTo("`retort accept 3f2a9c1b7e10` (Retort's command line)");
  }

  @Test
  void settingsAreParameters() {
    assertThat(frontEnd.setting("connect.timeout")).isEqualTo("<connectTimeout> (-Dretort.connectTimeout)");
    assertThat(frontEnd.setting("entities", "com.example.model")).isEqualTo("-Dretort.entities=com.example.model"
        + " (or <entities>com.example.model</entities> in the plugin's configuration)");
    assertThat(frontEnd.setting("rename", "item.title=name")).isEqualTo("-Dretort.rename=item.title=name (or"
        + " <renames><rename>item.title=name</rename></renames> in the plugin's configuration)");
  }

  @Test
  void settingsCheckedTogetherNameWhereElseTheyComeFrom() {
    assertThat(frontEnd.settings("url")).isEqualTo("<url> in the plugin's configuration (or -Dretort.url,"
        + " RETORT_URL, or retort.properties)");
    assertThat(frontEnd.settings("lock.timeout")).isEqualTo("<lockTimeout> in the plugin's configuration (or"
        + " -Dretort.lockTimeout, or retort.properties)");
  }

  @Test
  void migrationsLiveInTheSourceTreeAndRetortsFilesInTarget() {
    assertThat(frontEnd.defaultMigrationsDir(Path.of("/app"), "com.app.migrations"))
        .isEqualTo(Path.of("/app/src/main/java/com/app/migrations"));
    assertThat(frontEnd.workFolder(Path.of("/app"))).isEqualTo(Path.of("/app/target"));
    assertThat(frontEnd.migrationsFolderOptional()).isTrue();
  }
}
