package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A typo in retort.properties used to send `upgrade` to the local H2 file and report success: now the command
 * stops before it opens any database, and no file appears.
 */
class PropertiesTypoTest {
  @TempDir
  Path dir;

  @Test
  void aMisspeltUrlKeyStopsTheCommandBeforeAnyDatabase() throws Exception {
    Files.writeString(dir.resolve("retort.properties"), "URL=jdbc:postgresql://db.example/app\n");
    Files.createDirectories(dir.resolve("migrations"));
    CliRunner.Result upgrade = new CliRunner(dir).run("upgrade", "head");
    assertThat(upgrade.exitCode()).isEqualTo(3);
    assertThat(upgrade.err()).startsWith("error: " + dir.resolve("retort.properties") + " has the key 'URL',"
        + " which Retort does not know; did you mean 'url'? Nothing was changed and no database was opened.");
    assertThat(dir.resolve("retort-db.mv.db")).doesNotExist();
  }

  @Test
  void anEmptyUrlStopsTheCommandBeforeAnyDatabase() throws Exception {
    Files.writeString(dir.resolve("retort.properties"), "url=\n");
    Files.createDirectories(dir.resolve("migrations"));
    CliRunner.Result current = new CliRunner(dir).run("current");
    assertThat(current.exitCode()).isEqualTo(3);
    assertThat(current.err()).startsWith("error: url= in retort.properties is empty");
    assertThat(dir.resolve("retort-db.mv.db")).doesNotExist();
  }
}
