package dev.retort.autogen.render;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.binary;
import static dev.retort.engine.migration.Dsl.blob;
import static dev.retort.engine.migration.Dsl.bool;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.columns;
import static dev.retort.engine.migration.Dsl.date;
import static dev.retort.engine.migration.Dsl.doublePrecision;
import static dev.retort.engine.migration.Dsl.enumOf;
import static dev.retort.engine.migration.Dsl.fixedChar;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.integer;
import static dev.retort.engine.migration.Dsl.json;
import static dev.retort.engine.migration.Dsl.numeric;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.raw;
import static dev.retort.engine.migration.Dsl.real;
import static dev.retort.engine.migration.Dsl.row;
import static dev.retort.engine.migration.Dsl.sequence;
import static dev.retort.engine.migration.Dsl.smallint;
import static dev.retort.engine.migration.Dsl.tableComment;
import static dev.retort.engine.migration.Dsl.text;
import static dev.retort.engine.migration.Dsl.time;
import static dev.retort.engine.migration.Dsl.timestamp;
import static dev.retort.engine.migration.Dsl.timestampTz;
import static dev.retort.engine.migration.Dsl.tinyint;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.uniqueIndex;
import static dev.retort.engine.migration.Dsl.uuid;
import static dev.retort.engine.migration.Dsl.varbinary;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.ReferentialAction;
import dev.retort.engine.testing.Golden;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationRendererTest {
  @TempDir
  Path dir;

  private static final Instant CREATED = Instant.parse("2026-11-24T10:15:00Z");

  /** Every operation kind, every type factory, every modifier. */
  static MigrationSpec everything() {
    List<SchemaOp> upgrade = new Ops()
        .createSequence(sequence("licences_seq").incrementBy(50))
        .createTable("licences",
            column("id", bigint()).identity(),
            column("spdx", varchar(64)).notNull().comment("SPDX \"id\""),
            primaryKey("id"),
            unique("uk_licences_spdx", "spdx"),
            tableComment("Licences"))
        .createTable("kitchen_sink",
            column("a", bool()), column("b", tinyint()), column("c", smallint()), column("d", integer()),
            column("e", real()), column("f", doublePrecision()), column("g", numeric(10, 2)),
            column("g2", numeric(12)), column("g3", numeric()), column("h", fixedChar(2)), column("i", text()),
            column("j", date()), column("k", time()), column("k2", time(3)), column("l", timestamp()),
            column("m", timestampTz(6)), column("n", uuid()), column("o", binary(16)), column("p", varbinary(32)),
            column("q", blob()), column("r", json()), column("s", raw("interval")),
            column("u", enumOf(20, "SOURCE", "WHEEL", "it's")), column("v", enumOf("A")),
            column("t", integer()).notNull().withDefault("0"),
            column("t2", integer()).generatedAs("t * 2"),
            column("licence_id", bigint()), column("x", bigint()), column("y", bigint()),
            primaryKey("a", "b").named("kitchen_sink_pkey"),
            foreignKey("fk_sink_licence", "licence_id", "licences", "id").onDelete(ReferentialAction.CASCADE),
            foreignKey("fk_sink_xy", columns("x", "y"), "other", columns("x", "y")),
            check("ck_sink_t", "t >= 0 and s <> 'it''s'"),
            index("ix_sink_m_l", "m", "l"),
            uniqueIndex("ux_sink_n", "n"))
        .renameTable("kitchen_sink", "sink")
        .setTableComment("licences", "Licences", null)
        .addColumn("licences", column("url", varchar(255)))
        .alterColumn("licences", column("spdx", varchar(64)).notNull(), column("spdx", varchar(32)).notNull())
        .renameColumn("licences", "url", "home")
        .dropPrimaryKey("sink", primaryKey("a", "b").named("kitchen_sink_pkey"))
        .addPrimaryKey("sink", primaryKey("b", "a"))
        .createIndex("licences", index("ix_licences_home", "home"))
        .dropIndex("sink", index("ix_sink_m_l", "m", "l"))
        .addUnique("licences", unique("uk_home", "home"))
        .dropUnique("licences", unique("uk_home", "home"))
        .addCheck("licences", check("ck_licences_spdx", "spdx <> ''"))
        .createSchema("billing")
        .dropSchema("billing")
        .dropCheck("sink", check("ck_sink_t", "t >= 0 and s <> 'it''s'"))
        .dropCheck("licences", check("spdx", "`spdx` <> ''").inColumn(column("spdx", varchar(32)).notNull()))
        .addForeignKey("sink", foreignKey("fk2", "x", "licences", "id").onDelete(ReferentialAction.SET_NULL))
        .dropForeignKey("sink", foreignKey("fk2", "x", "licences", "id").onDelete(ReferentialAction.SET_NULL))
        .dropColumn("licences", column("home", varchar(255)))
        .outsideTransaction(o -> o.createIndex("licences", index("ix_licences_spdx", "spdx")))
        .insertRows("licences", columns("id", "spdx"), row(1L, "MIT"), row(2L, null))
        .deleteRows("licences", columns("spdx", "since", "price", "ok", "n"),
            row("MIT", java.time.LocalDate.of(2026, 11, 24), new java.math.BigDecimal("1.50"), true, 7))
        .execute("UPDATE licences SET spdx = 'MIT' WHERE spdx = 'mit'")
        .execute("UPDATE \"a\" SET b = 1", "UPDATE \"a\" SET b = 0")
        .dropTable("sink", column("a", bool()).notNull(), primaryKey("a"))
        .alterSequence(sequence("licences_seq").incrementBy(50), sequence("licences_seq").startWith(10_000_000_000L))
        .dropSequence(sequence("licences_seq").startWith(10_000_000_000L))
        .recorded();
    List<SchemaOp> downgrade = new Ops().execute("SELECT 1", "SELECT 2").recorded();
    return new MigrationSpec("com.example.migrations", MigrationNaming.className(CREATED, "every operation"),
        "3f2a9c1b7e10", List.of("a1b2c3d4e5f6", "b2c3d4e5f6a1"), "every operation", upgrade, downgrade);
  }

  static MigrationSpec firstSchema() {
    List<SchemaOp> upgrade = new Ops()
        .createTable("licences", column("id", bigint()).identity(), column("name", varchar(100)).notNull(),
            primaryKey("id"))
        .createTable("packages", column("name", varchar(100)).notNull(), column("licence_id", bigint()),
            primaryKey("name"), foreignKey("fk_packages_licence", "licence_id", "licences", "id"))
        .addColumn("packages", column("last_updated", timestamp(6)))
        .recorded();
    List<SchemaOp> downgrade = List.of(upgrade.get(2).reverse(), upgrade.get(1).reverse(), upgrade.get(0).reverse());
    return new MigrationSpec("migrations", MigrationNaming.className(CREATED, "create package index"),
        "a1b2c3d4e5f6", List.of(), "create package index", upgrade, downgrade);
  }

  /** The forms autogen --online writes for PostgreSQL. */
  static MigrationSpec onlineForms() {
    List<SchemaOp> upgrade = new Ops()
        .lockTimeout(java.time.Duration.ofSeconds(2))
        .outsideTransaction(o -> o.createIndexConcurrently("packages", index("ix_packages_licence", "licence_id")))
        .outsideTransaction(o -> o.createIndexConcurrently("packages", uniqueIndex("uk_packages_slug", "slug")))
        .addUniqueUsingIndex("packages", unique("uk_packages_slug", "slug"), "uk_packages_slug")
        .addForeignKeyNotValid("packages", foreignKey("fk_packages_licence", "licence_id", "licences", "id"))
        .validateConstraint("packages", "fk_packages_licence")
        .addCheckNotValid("packages", check("packages_stars_not_null", "\"stars\" IS NOT NULL"))
        .validateConstraint("packages", "packages_stars_not_null")
        .alterColumn("packages", column("stars", integer()), column("stars", integer()).notNull())
        .dropCheck("packages", check("packages_stars_not_null", "\"stars\" IS NOT NULL"))
        .recorded();
    List<SchemaOp> downgrade = new Ops()
        .lockTimeout(java.time.Duration.ofMillis(1500))
        .alterColumn("packages", column("stars", integer()).notNull(), column("stars", integer()))
        .dropForeignKey("packages", foreignKey("fk_packages_licence", "licence_id", "licences", "id"))
        .dropUnique("packages", unique("uk_packages_slug", "slug"))
        .outsideTransaction(o -> o.dropIndexConcurrently("packages", index("ix_packages_licence", "licence_id")))
        .recorded();
    return new MigrationSpec("migrations", MigrationNaming.className(CREATED, "online forms"),
        "c0ffee000001", List.of("a1b2c3d4e5f6"), "online forms", upgrade, downgrade);
  }

  @Test
  void rendersEveryOperationAsTheGoldenFileSays() {
    Golden.assertMatches("render/EveryOperation.java", new MigrationRenderer().render(everything()));
    Golden.assertMatches("render/FirstSchema.java", new MigrationRenderer().render(firstSchema()));
    Golden.assertMatches("render/OnlineForms.java", new MigrationRenderer().render(onlineForms()));
  }

  @Test
  void theCompiledClassRecordsExactlyTheOperationsItWasRenderedFrom() throws Exception {
    for (MigrationSpec spec : List.of(everything(), firstSchema(), onlineForms())) {
      Class<?> type = SourceCompiler.compile(dir.resolve(spec.className()),
          spec.packageName() + "." + spec.className(), new MigrationRenderer().render(spec));
      Migration migration = (Migration) type.getConstructor().newInstance();
      Ops up = new Ops();
      migration.upgrade(up);
      Ops down = new Ops();
      migration.downgrade(down);
      assertThat(up.recorded()).isEqualTo(spec.upgrade());
      assertThat(down.recorded()).isEqualTo(spec.downgrade());
      Revision revision = type.getAnnotation(Revision.class);
      assertThat(revision.id()).isEqualTo(spec.revisionId());
      assertThat(List.of(revision.parents())).isEqualTo(spec.parents());
      assertThat(revision.message()).isEqualTo(spec.message());
    }
  }

  @Test
  void identicalSpecsGiveIdenticalText() {
    assertThat(new MigrationRenderer().render(everything())).isEqualTo(new MigrationRenderer().render(everything()));
  }

  @Test
  void anEmptyMigrationSaysWhatToFillIn() {
    MigrationSpec empty = new MigrationSpec("migrations", "M20261124_101500_Backfill", "abc", List.of("def"),
        "backfill", List.of(), List.of());
    Golden.assertMatches("render/Empty.java", new MigrationRenderer().render(empty));
  }

  @Test
  void namesClassesForPeopleAndForSorting() {
    assertThat(MigrationNaming.className(CREATED, "add package.last_updated!"))
        .isEqualTo("M20261124_101500_AddPackageLastUpdated");
    assertThat(MigrationNaming.className(CREATED, "Größe für Pakete ändern"))
        .isEqualTo("M20261124_101500_GrosseFurPaketeAndern");
    assertThat(MigrationNaming.className(CREATED, "")).isEqualTo("M20261124_101500_Migration");
    assertThat(MigrationNaming.className(CREATED, "   !!! ")).isEqualTo("M20261124_101500_Migration");
    assertThat(MigrationNaming.className(CREATED, "x".repeat(100))).hasSize("M20261124_101500_".length() + 60);
    assertThatThrownBy(() -> new MigrationSpec("migrations", "class", "id", List.of(), "", List.of(), List.of()))
        .hasMessage("not a Java class name: class");
  }
}
