package dev.retort.engine.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's names, which the engine's messages use unless a front end gives its own. */
class SettingNamesTest {
  private final SettingNames names = SettingNames.COMMAND_LINE;

  @Test
  void eachSettingIsItsOption() {
    assertThat(names.setting("lock.timeout")).isEqualTo("--lock-timeout");
    assertThat(names.setting("migrations.dir")).isEqualTo("--migrations");
    assertThat(names.setting("single.transaction")).isEqualTo("--single-transaction");
  }

  @Test
  void settingsCheckedTogetherNameTheEnvironmentAndTheFile() {
    assertThat(names.settings("url")).isEqualTo("--url (or RETORT_URL, or url in retort.properties)");
    assertThat(names.settings("user", "password"))
        .isEqualTo("--user and --password (or RETORT_USER and RETORT_PASSWORD, or retort.properties)");
    assertThat(names.settings("read.timeout")).isEqualTo("--read-timeout (or read.timeout in retort.properties)");
  }

  @Test
  void aFrontEndWithOnlyNamesJoinsThem() {
    SettingNames spring = key -> "app." + key;
    assertThat(spring.settings("url", "user", "password")).isEqualTo("app.url, app.user and app.password");
    assertThat(SettingNames.join(List.of("a"))).isEqualTo("a");
  }
}
