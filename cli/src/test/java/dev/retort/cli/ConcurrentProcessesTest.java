package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Eight processes run {@code retort upgrade head} on one database at once; each migration runs once. */
class ConcurrentProcessesTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
  void eightProcessesApplyEachRevisionExactlyOnce(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Path migrations = Files.createDirectories(dir.resolve("migrations"));
      String parent = "";
      for (int i = 1; i <= 3; i++) {
        String id = "rev00000000" + i;
        Files.writeString(migrations.resolve("M20261124_10000" + i + "_Table" + i + ".java"), """
            package migrations;

            import static dev.retort.engine.migration.Dsl.*;

            import dev.retort.engine.migration.Migration;
            import dev.retort.engine.migration.Ops;
            import dev.retort.engine.migration.Revision;

            @Revision(id = "%s", parents = {%s}, message = "table %d")
            public final class M20261124_10000%d_Table%d implements Migration {
              @Override
              public void upgrade(Ops op) {
                op.createTable("t%d", column("id", bigint()).notNull(), primaryKey("id"));
              }

              @Override
              public void downgrade(Ops op) {
                op.dropTable("t%d", column("id", bigint()).notNull(), primaryKey("id"));
              }
            }
            """.formatted(id, parent, i, i, i, i, i));
        parent = "\"" + id + "\"";
      }
      List<Process> processes = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Path log = dir.resolve("run" + i + ".log");
        processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), RetortCommand.class.getName(), "upgrade", "head",
            "--url", db.url(), "--user", db.user(), "--password", db.password())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start());
      }
      int applying = 0;
      for (int i = 0; i < processes.size(); i++) {
        Process process = processes.get(i);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(dir.resolve("run" + i + ".log"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        applying += (int) output.lines().filter(l -> l.startsWith("Applying ")).count();
      }
      assertThat(applying).isEqualTo(3);
      try (Connection c = db.connect(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM retort_version")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(3);
      }
    }
  }
}
