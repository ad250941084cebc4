package dev.retort.engine.dialect;

import static dev.retort.engine.migration.Dsl.bigint;
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
import static dev.retort.engine.migration.Dsl.numeric;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.real;
import static dev.retort.engine.migration.Dsl.sequence;
import static dev.retort.engine.migration.Dsl.smallint;
import static dev.retort.engine.migration.Dsl.tableComment;
import static dev.retort.engine.migration.Dsl.text;
import static dev.retort.engine.migration.Dsl.time;
import static dev.retort.engine.migration.Dsl.timestamp;
import static dev.retort.engine.migration.Dsl.timestampTz;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.uniqueIndex;
import static dev.retort.engine.migration.Dsl.uuid;
import static dev.retort.engine.migration.Dsl.varbinary;
import static dev.retort.engine.migration.Dsl.varchar;

import dev.retort.engine.migration.Ops;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.ReferentialAction;
import java.util.List;

/** One script that uses every operation and every portable type, for golden files and real databases. */
final class DdlFixture {
  private DdlFixture() {}

  static List<SchemaOp> ops() {
    return new Ops()
        .createSequence(sequence("licences_seq").startWith(1).incrementBy(50))
        .createSequence(sequence("Ticket_Numbers").startWith(1000))
        .createTable("licences",
            column("id", bigint()).identity(),
            column("spdx", varchar(64)).notNull().comment("SPDX id, e.g. 'MIT'"),
            column("name", varchar(200)),
            primaryKey("id"),
            unique("uk_licences_spdx", "spdx"),
            tableComment("Licences by SPDX id"))
        .createTable("packages",
            column("name", varchar(100)).notNull(),
            column("summary", varchar(255)).withDefault("'none'"),
            column("description", text()),
            column("licence_id", bigint()),
            column("stars", integer()).notNull().withDefault("0"),
            column("double_stars", integer()).generatedAs("stars * 2"),
            column("rank", smallint()),
            column("score", doublePrecision()),
            column("ratio", real()),
            column("price", numeric(10, 2)),
            column("active", bool()),
            column("created", timestamp(6)).notNull(),
            column("published", timestampTz(6)),
            column("released_on", date()),
            column("daily_at", time()),
            column("token", uuid()),
            column("country", fixedChar(2)),
            column("digest", varbinary(32)),
            column("logo", blob()),
            column("kind", enumOf(20, "SOURCE", "WHEEL", "BINARY")).notNull(),
            primaryKey("name"),
            foreignKey("fk_packages_licence", "licence_id", "licences", "id").onDelete(ReferentialAction.SET_NULL),
            check("ck_packages_stars", "stars >= 0 AND stars < 1000000"),
            index("ix_packages_created_rank", "created", "rank"))
        .createTable("releases",
            column("package_name", varchar(100)).notNull(),
            column("version", varchar(20)).notNull(),
            primaryKey("package_name", "version"))
        .addForeignKey("releases", foreignKey("fk_releases_package", columns("package_name"), "packages",
            columns("name")).onDelete(ReferentialAction.CASCADE))
        .addColumn("packages", column("last_updated", timestamp(6)))
        .addColumn("packages", column("channel", enumOf("STABLE", "BETA")))
        .alterColumn("packages", column("channel", enumOf("STABLE", "BETA")),
            column("channel", enumOf(12, "STABLE", "BETA", "NIGHTLY")))
        .alterColumn("packages", column("summary", varchar(255)).withDefault("'none'"),
            column("summary", varchar(500)).notNull())
        .renameColumn("packages", "summary", "abstract")
        .setTableComment("licences", "Licences by SPDX id", "Software licences")
        .alterColumn("licences", column("name", varchar(200)), column("name", varchar(200)).comment("shown"))
        .createIndex("packages", uniqueIndex("ux_packages_token", "token"))
        .addUnique("releases", unique("uk_releases_version", "version", "package_name"))
        .dropUnique("releases", unique("uk_releases_version", "version", "package_name"))
        .dropIndex("packages", uniqueIndex("ux_packages_token", "token"))
        .renameTable("releases", "package_versions")
        .createTable("tags", column("name", varchar(50)).notNull(), column("label", varchar(50)).notNull(),
            primaryKey("name"))
        .dropPrimaryKey("tags", new PrimaryKeyDef(null, List.of("name")))
        .addPrimaryKey("tags", new PrimaryKeyDef(null, List.of("label", "name")))
        .addCheck("tags", check("ck_tags_label", "label <> name"))
        .dropCheck("packages", check("ck_packages_stars", "stars >= 0 AND stars < 1000000"))
        .dropColumn("packages", column("last_updated", timestamp(6)))
        .alterSequence(sequence("licences_seq").incrementBy(50), sequence("licences_seq").incrementBy(1))
        .alterSequence(sequence("Ticket_Numbers").startWith(1000),
            sequence("Ticket_Numbers").startWith(5000).incrementBy(10))
        .dropSequence(sequence("Ticket_Numbers").startWith(5000).incrementBy(10))
        .execute("UPDATE licences SET name = 'x' WHERE 1 = 0", "UPDATE licences SET name = 'y' WHERE 1 = 0")
        .recorded();
  }
}
