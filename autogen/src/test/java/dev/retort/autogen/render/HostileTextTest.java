package dev.retort.autogen.render;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;
import dev.retort.engine.op.SchemaOp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user types reaches generated source only escaped: javac reads unicode escapes before comments and
 * strings, so each of these, in the message and in a table name, must neither change nor break the class.
 */
class HostileTextTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {
      "x\n DROP TABLE x;",
      "ends the comment \\u002a/ static { System.exit(3); } /*",
      "ends the line \\u000a System.exit(3);",
      "ends the line \\u000d System.exit(3);",
      "not an escape \\uZZZZ, nor \\u, nor \\\\u0041",
      "the real thing */ static { System.exit(3); } /*",
      "carriage\rreturn and\r\nboth",
      "\"double\" and 'single' quotes, a tab\t, a $ and a %s",
      "Größe für Pakete – 日本語 – 🎉",
      "@deprecated {@link Object} <b>bold</b> &amp;",
      "trailing backslash \\"})
  void theMessageRoundTripsAndTheClassIsUnchanged(String hostile) throws Exception {
    List<SchemaOp> upgrade = new Ops().createTable(hostile, column("id", bigint()), primaryKey("id")).recorded();
    List<SchemaOp> downgrade = List.of(upgrade.get(0).reverse());
    MigrationSpec spec = new MigrationSpec("migrations", "M20261124_101500_Hostile", "abc123", List.of("def456"),
        hostile, upgrade, downgrade);
    String source = new MigrationRenderer().render(spec);

    Class<?> type = SourceCompiler.compile(dir, "migrations.M20261124_101500_Hostile", source);
    Revision revision = type.getAnnotation(Revision.class);
    assertThat(revision.message()).isEqualTo(hostile);
    assertThat(revision.id()).isEqualTo("abc123");
    assertThat(List.of(revision.parents())).containsExactly("def456");
    Migration migration = (Migration) type.getConstructor().newInstance();
    Ops up = new Ops();
    migration.upgrade(up);
    Ops down = new Ops();
    migration.downgrade(down);
    assertThat(up.recorded()).isEqualTo(upgrade);
    assertThat(down.recorded()).isEqualTo(downgrade);
    assertThat(type.getDeclaredMethods()).extracting(m -> m.getName())
        .containsExactlyInAnyOrder("upgrade", "downgrade");
    assertThat(type.getDeclaredFields()).isEmpty();
  }

  @Test
  void theJavadocSaysTheMessageInWordsThatCannotEndIt() {
    MigrationSpec spec = new MigrationSpec("migrations", "M20261124_101500_Hostile", "abc123", List.of(),
        "a \\u002a/ b */ c @see d\ne", List.of(), List.of());
    assertThat(new MigrationRenderer().render(spec)).startsWith("""
        package migrations;

        import dev.retort.engine.migration.Migration;
        import dev.retort.engine.migration.Ops;
        import dev.retort.engine.migration.Revision;

        /**
         * Written by retort revision for "a &#92;u002a/ b *&#47; c &#64;see d
         * e": fill in upgrade() and downgrade().
         *
         * <p>Revision {@code abc123}, a base revision.
         */
        @Revision(
            id = "abc123",
            message = "a \\\\u002a/ b */ c @see d\\n"
                    + "e"
        )
        """);
  }
}
