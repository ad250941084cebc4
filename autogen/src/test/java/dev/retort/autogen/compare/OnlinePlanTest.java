package dev.retort.autogen.compare;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.integer;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.uniqueIndex;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.H2Dialect;
import dev.retort.engine.dialect.MariaDbDialect;
import dev.retort.engine.dialect.PostgresDialect;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.SchemaModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnlinePlanTest {
  private static final OnlinePlan POSTGRES = new OnlinePlan(new PostgresDialect(), Duration.ofSeconds(2));

  private static SchemaModel existing() {
    return new Ops()
        .createTable("licences", column("id", bigint()).notNull(), primaryKey("id"))
        .createTable("packages", column("id", bigint()).notNull(), column("licence_id", bigint()),
            column("slug", varchar(40)), column("stars", integer()), primaryKey("id"),
            index("ix_packages_slug", "slug"))
        .recorded().stream().reduce(SchemaModel.EMPTY, (s, op) -> op.applyTo(s), (a, b) -> b);
  }

  private static List<SchemaOp> plain() {
    return new Ops()
        .createIndex("packages", index("ix_packages_licence", "licence_id"))
        .dropIndex("packages", index("ix_packages_slug", "slug"))
        .addUnique("packages", unique("uk_packages_slug", "slug"))
        .addForeignKey("packages", foreignKey("fk_packages_licence", "licence_id", "licences", "id"))
        .addCheck("packages", check("ck_packages_stars", "stars >= 0"))
        .alterColumn("packages", column("stars", integer()), column("stars", integer()).notNull().withDefault("0"))
        .createTable("tags", column("id", bigint()).notNull(), column("package_id", bigint()), primaryKey("id"))
        .createIndex("tags", index("ix_tags_package", "package_id"))
        .addForeignKey("tags", foreignKey("fk_tags_package", "package_id", "packages", "id"))
        .recorded();
  }

  private static List<SchemaOp> reverses(List<SchemaOp> ops) {
    List<SchemaOp> reversed = new ArrayList<>();
    ops.forEach(op -> reversed.add(op.reverse()));
    Collections.reverse(reversed);
    return reversed;
  }

  @Test
  void writesTheFormsThatKeepTheTableOpen() {
    assertThat(POSTGRES.apply(plain())).isEqualTo(new Ops()
        .lockTimeout(Duration.ofSeconds(2))
        .outsideTransaction(o -> o.createIndexConcurrently("packages", index("ix_packages_licence", "licence_id")))
        .outsideTransaction(o -> o.dropIndexConcurrently("packages", index("ix_packages_slug", "slug")))
        .outsideTransaction(o -> o.createIndexConcurrently("packages", uniqueIndex("uk_packages_slug", "slug")))
        .addUniqueUsingIndex("packages", unique("uk_packages_slug", "slug"), "uk_packages_slug")
        .addForeignKeyNotValid("packages", foreignKey("fk_packages_licence", "licence_id", "licences", "id"))
        .outsideTransaction(o -> o.validateConstraint("packages", "fk_packages_licence"))
        .addCheckNotValid("packages", check("ck_packages_stars", "stars >= 0"))
        .outsideTransaction(o -> o.validateConstraint("packages", "ck_packages_stars"))
        .alterColumn("packages", column("stars", integer()), column("stars", integer()).withDefault("0"))
        .addCheckNotValid("packages", check("packages_stars_not_null", "\"stars\" IS NOT NULL"))
        .outsideTransaction(o -> o.validateConstraint("packages", "packages_stars_not_null"))
        .alterColumn("packages", column("stars", integer()).withDefault("0"),
            column("stars", integer()).notNull().withDefault("0"))
        .dropCheck("packages", check("packages_stars_not_null", "\"stars\" IS NOT NULL"))
        // a table of this migration's own has no readers to keep waiting
        .createTable("tags", column("id", bigint()).notNull(), column("package_id", bigint()), primaryKey("id"))
        .createIndex("tags", index("ix_tags_package", "package_id"))
        .addForeignKey("tags", foreignKey("fk_tags_package", "package_id", "packages", "id"))
        .recorded());
  }

  @Test
  void theDowngradeIsPlannedFromThePlainReverses() {
    assertThat(POSTGRES.apply(reverses(plain()))).isEqualTo(new Ops()
        .lockTimeout(Duration.ofSeconds(2))
        .dropForeignKey("tags", foreignKey("fk_tags_package", "package_id", "packages", "id"))
        .dropIndex("tags", index("ix_tags_package", "package_id"))
        .dropTable("tags", column("id", bigint()).notNull(), column("package_id", bigint()), primaryKey("id"))
        .alterColumn("packages", column("stars", integer()).notNull().withDefault("0"), column("stars", integer()))
        .dropCheck("packages", check("ck_packages_stars", "stars >= 0"))
        .dropForeignKey("packages", foreignKey("fk_packages_licence", "licence_id", "licences", "id"))
        .dropUnique("packages", unique("uk_packages_slug", "slug"))
        .outsideTransaction(o -> o.createIndexConcurrently("packages", index("ix_packages_slug", "slug")))
        .outsideTransaction(o -> o.dropIndexConcurrently("packages", index("ix_packages_licence", "licence_id")))
        .recorded());
  }

  /** The online forms leave the schema the plain ones leave, both ways. */
  @Test
  void changesTheSchemaExactlyAsThePlainFormsDo() {
    SchemaModel plainUp = apply(existing(), plain());
    SchemaModel onlineUp = apply(existing(), POSTGRES.apply(plain()));
    assertThat(onlineUp).isEqualTo(plainUp);
    assertThat(apply(onlineUp, POSTGRES.apply(reverses(plain())))).isEqualTo(existing());
  }

  @Test
  void otherDatabasesKeepThePlainForms() {
    assertThat(new OnlinePlan(new H2Dialect(), Duration.ofSeconds(2)).apply(plain())).isEqualTo(plain());
    assertThat(new OnlinePlan(new MariaDbDialect(), Duration.ofSeconds(2)).apply(plain())).isEqualTo(plain());
    assertThat(POSTGRES.apply(List.of())).isEmpty();
    List<SchemaOp> online = POSTGRES.apply(plain());
    assertThat(new OnlinePlan(new PostgresDialect(), Duration.ZERO).apply(plain()))
        .isEqualTo(online.subList(1, online.size()));
  }

  private static SchemaModel apply(SchemaModel schema, List<SchemaOp> ops) {
    SchemaModel result = schema;
    for (SchemaOp op : ops) {
      result = op.applyTo(result);
    }
    return result;
  }
}
