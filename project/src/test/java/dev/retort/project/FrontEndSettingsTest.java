package dev.retort.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a front end other than the command line changes in resolving the settings: its defaults and words. */
class FrontEndSettingsTest {
  @TempDir
  Path dir;

  /** Migrations in the source tree under their package; messages in the front end's terms. */
  private final FrontEnd sourceTree = new FrontEnd() {
    @Override
    public String command(String words) {
      return "`build " + words + "`";
    }

    @Override
    public String setting(String key) {
      return "<" + key + ">";
    }

    @Override
    public String setting(String key, String value) {
      return "<" + key + ">" + value + "</" + key + ">";
    }

    @Override
    public Path defaultMigrationsDir(Path projectFolder, String migrationsPackage) {
      return projectFolder.resolve("src").resolve(migrationsPackage.replace('.', '/'));
    }

    @Override
    public Path workFolder(Path projectFolder) {
      return projectFolder.resolve("build");
    }

    @Override
    public boolean migrationsFolderOptional() {
      return true;
    }
  };

  private static GivenOptions withPackage(String migrationsPackage) {
    return new GivenOptions(null, null, null, null, migrationsPackage, null, null, List.of(), List.of(), List.of(),
        null, null);
  }

  @Test
  void theGivenPackageWinsAndPlacesTheDefaultFolder() throws Exception {
    Files.writeString(dir.resolve("retort.properties"), "migrations.package=from.file\n");
    Settings fromFile = new SettingsResolver(new Environment(dir, Map.of()), sourceTree).resolve(GivenOptions.NONE);
    assertThat(fromFile.migrationsPackage()).isEqualTo("from.file");
    assertThat(fromFile.migrationsDir()).isEqualTo(dir.resolve("src/from/file"));
    Settings given = new SettingsResolver(new Environment(dir, Map.of()), sourceTree)
        .resolve(withPackage("com.app.db"));
    assertThat(given.migrationsPackage()).isEqualTo("com.app.db");
    assertThat(given.migrationsDir()).isEqualTo(dir.resolve("src/com/app/db"));
  }

  @Test
  void aBadGivenValueIsNamedInTheFrontEndsTerms() {
    assertThatThrownBy(() -> new SettingsResolver(new Environment(dir, Map.of()), sourceTree)
        .resolve(withPackage("com.app-db")))
        .hasMessage("<migrations.package>'com.app-db'</migrations.package> is not a Java package name. Nothing was"
            + " changed. Use a name like com.example.migrations.");
  }

  /** A source tree without migrations yet has none, where the command line's missing folder is a mistake. */
  @Test
  void aMissingFolderInTheSourceTreeHoldsNoMigrations() {
    Settings settings = new SettingsResolver(new Environment(dir, Map.of()), sourceTree).resolve(GivenOptions.NONE);
    Project project = new Project(settings, dir, Duration.ZERO, new PrintWriter(Writer.nullWriter()), null,
        sourceTree);
    assertThat(project.migrations().graph().isEmpty()).isTrue();
  }
}
