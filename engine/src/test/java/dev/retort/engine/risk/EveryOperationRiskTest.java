package dev.retort.engine.risk;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.columns;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.integer;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.row;
import static dev.retort.engine.migration.Dsl.sequence;
import static dev.retort.engine.migration.Dsl.uniqueIndex;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.varchar;

import dev.retort.engine.dialect.H2Dialect;
import dev.retort.engine.dialect.MariaDbDialect;
import dev.retort.engine.dialect.PostgresDialect;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.testing.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of operation judged alone on a table of unknown size, on each database, as one golden file a
 * reviewer reads whole: a new operation or a changed reason shows as a diff.
 */
class EveryOperationRiskTest {
  private static List<SchemaOp> everyKind() {
    return new Ops()
        .createSchema("archive")
        .createTable("tags", column("id", bigint()).notNull(), column("label", varchar(40)), primaryKey("id"))
        .renameTable("tags", "labels")
        .addColumn("packages", column("summary", varchar(200)))
        .addColumn("packages", column("rank", integer()).notNull())
        .addColumn("packages", column("stars", integer()).notNull().withDefault("0"))
        .addColumn("packages", column("serial", bigint()).identity())
        .alterColumn("packages", column("name", varchar(80)), column("name", varchar(120)))
        .alterColumn("packages", column("name", varchar(120)), column("name", varchar(80)))
        .alterColumn("packages", column("downloads", integer()), column("downloads", bigint()))
        .alterColumn("packages", column("summary", varchar(200)), column("summary", varchar(200)).notNull())
        .alterColumn("packages", column("summary", varchar(200)), column("summary", varchar(200)).withDefault("''"))
        .alterColumn("packages", column("serial", bigint()).notNull(), column("serial", bigint()).identity())
        .renameColumn("packages", "summary", "description")
        .addPrimaryKey("labels", primaryKey("id"))
        .dropPrimaryKey("labels", primaryKey("id"))
        .createIndex("packages", index("ix_packages_name", "name"))
        .createIndex("packages", uniqueIndex("ux_packages_name", "name"))
        .dropIndex("packages", index("ix_packages_name", "name"))
        .addUnique("packages", unique("uk_packages_name", "name"))
        .dropUnique("packages", unique("uk_packages_name", "name"))
        .addForeignKey("releases", foreignKey("fk_releases_package", "package_id", "packages", "id"))
        .dropForeignKey("releases", foreignKey("fk_releases_package", "package_id", "packages", "id"))
        .addCheck("packages", check("ck_packages_stars", "stars >= 0"))
        .dropCheck("packages", check("ck_packages_stars", "stars >= 0"))
        .setTableComment("packages", null, "Published packages")
        .insertRows("licences", columns("spdx_id"), row("MIT"))
        .deleteRows("licences", columns("spdx_id"), row("MIT"))
        .execute("UPDATE packages SET stars = 0", "UPDATE packages SET stars = 1")
        .run("rank packages", connection -> { }, connection -> { })
        .outsideTransaction(o -> o.createIndex("packages", index("ix_packages_rank", "rank")))
        .createSequence(sequence("labels_seq"))
        .alterSequence(sequence("labels_seq"), sequence("labels_seq").incrementBy(50))
        .dropSequence(sequence("labels_seq").incrementBy(50))
        .dropColumn("packages", column("rank", integer()).notNull())
        .dropTable("labels", column("id", bigint()).notNull(), column("label", varchar(40)), primaryKey("id"))
        .dropSchema("archive")
        .lockTimeout(java.time.Duration.ofSeconds(2))
        .outsideTransaction(o -> o.createIndexConcurrently("packages", index("ix_packages_name", "name")))
        .outsideTransaction(o -> o.createIndexConcurrently("packages", uniqueIndex("uk_packages_name", "name")))
        .addUniqueUsingIndex("packages", unique("uk_packages_name", "name"), "uk_packages_name")
        .outsideTransaction(o -> o.dropIndexConcurrently("packages", index("ix_packages_name", "name")))
        .addForeignKeyNotValid("releases", foreignKey("fk_releases_package", "package_id", "packages", "id"))
        .addCheckNotValid("packages", check("ck_packages_stars", "stars >= 0"))
        .validateConstraint("packages", "ck_packages_stars")
        .recorded();
  }

  @Test
  void everyOperationOnEachDatabase() {
    StringBuilder text = new StringBuilder();
    for (SqlDialect dialect : List.of(new PostgresDialect(), new MariaDbDialect(), new H2Dialect())) {
      RiskAssessor assessor = RiskAssessor.of(dialect);
      text.append("# ").append(dialect.name()).append("\n\n");
      for (SchemaOp op : everyKind()) {
        Risk risk = assessor.assess(op);
        text.append(op.describe()).append(": ").append(risk.level().label()).append('\n');
        risk.reasons().forEach(reason -> text.append("  - ").append(reason.kind().label()).append(": ")
            .append(reason.text()).append('\n'));
        if (risk.saferWay() != null) {
          text.append("  safer: ").append(risk.saferWay()).append('\n');
        }
      }
      text.append('\n');
    }
    Golden.assertMatches("risk/every-operation.txt", text.toString());
  }
}
