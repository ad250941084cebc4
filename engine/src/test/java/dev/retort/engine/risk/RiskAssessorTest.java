package dev.retort.engine.risk;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.integer;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.raw;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.H2Dialect;
import dev.retort.engine.dialect.MariaDbDialect;
import dev.retort.engine.dialect.PostgresDialect;
import dev.retort.engine.op.AddCheck;
import dev.retort.engine.op.AddColumn;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.CreateIndex;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.op.DropCheck;
import dev.retort.engine.op.DropColumn;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.ExecuteSql;
import dev.retort.engine.op.OutsideTransaction;
import dev.retort.engine.op.RenameColumn;
import dev.retort.engine.op.RenameTable;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The risk of the operations reviewers most need told apart, exactly, on each database. */
class RiskAssessorTest {
  private static final RiskAssessor POSTGRES = RiskAssessor.of(new PostgresDialect());
  private static final RiskAssessor MARIADB = RiskAssessor.of(new MariaDbDialect());
  private static final RiskAssessor H2 = RiskAssessor.of(new H2Dialect());
  private static final TableRows THOUSAND_ROWS = table -> 1000L;
  private static final TableRows EMPTY = table -> 0L;

  private static RiskReason reason(RiskKind kind, String text) {
    return new RiskReason(kind, text);
  }

  private static Risk risk(String saferWay, RiskReason... reasons) {
    return Risk.of(List.of(reasons), saferWay);
  }

  @Test
  void anAddedEnumConstantIsSafeWhereTheEnumTypeWidens() {
    SchemaOp added = new AlterColumn("releases", column("kind", raw("enum('BINARY','SOURCE')")).notNull(),
        column("kind", raw("enum('BINARY','SOURCE','WHEEL')")).notNull());
    assertThat(H2.assess(List.of(added), THOUSAND_ROWS)).containsExactly(Risk.SAFE);
    assertThat(MARIADB.assess(List.of(added), THOUSAND_ROWS)).containsExactly(Risk.SAFE);
  }

  @Test
  void anEnumConstantInsertedBeforeTheLastCopiesTheTableOnMariaDb() {
    SchemaOp inserted = new AlterColumn("releases", column("kind", raw("enum('BINARY','WHEEL')")),
        column("kind", raw("enum('BINARY','SOURCE','WHEEL')")));
    assertThat(MARIADB.assess(inserted)).isEqualTo(risk(null, reason(RiskKind.LOCK,
        "MariaDB: changing the type of kind copies the table (ALGORITHM=COPY), which blocks writes")));
    assertThat(H2.assess(inserted)).isEqualTo(Risk.SAFE);
  }

  @Test
  void anEnumCheckReplacedWithMoreValuesOnlyScansOnPostgres() {
    List<SchemaOp> replaced = List.of(
        new DropCheck("releases", check("ck_releases_kind", "kind in ('BINARY','SOURCE')")),
        new AddCheck("releases", check("ck_releases_kind", "kind in ('BINARY','SOURCE','WHEEL')")));
    assertThat(POSTGRES.assess(replaced, THOUSAND_ROWS)).containsExactly(Risk.SAFE, risk(
        "ADD it NOT VALID, then VALIDATE CONSTRAINT in a later step, which allows writes",
        reason(RiskKind.LOCK, "PostgreSQL: ADD CHECK scans the whole table under an ACCESS EXCLUSIVE lock")));
  }

  @Test
  void anEnumCheckAsPostgresSpellsItIsReadToo() {
    List<SchemaOp> replaced = List.of(
        new DropCheck("releases", check("ck_releases_kind", "((kind)::text = ANY ((ARRAY['BINARY'::character"
            + " varying, 'SOURCE'::character varying])::text[]))")),
        new AddCheck("releases", check("ck_releases_kind", "((kind)::text = ANY ((ARRAY['BINARY'::character"
            + " varying, 'CONDA'::character varying, 'SOURCE'::character varying])::text[]))")));
    assertThat(POSTGRES.assess(replaced, THOUSAND_ROWS).get(1).reasons()).containsExactly(
        reason(RiskKind.LOCK, "PostgreSQL: ADD CHECK scans the whole table under an ACCESS EXCLUSIVE lock"));
    assertThat(EnumValues.checkedValues("((kind)::text = ANY ((ARRAY['it''s'::character varying])::text[]))"))
        .containsExactly("kind", "it's");
    assertThat(EnumValues.checkedValues("\"Kind\" in ('A', 'B')")).containsExactly("kind", "A", "B");
    assertThat(EnumValues.checkedValues("kind in ('A') or kind is null")).isNull();
    assertThat(EnumValues.checkedValues("stars >= 0")).isNull();
  }

  @Test
  void anOrdinalEnumCheckReplacedWithAWiderRangeOnlyScans() {
    RiskReason scan = reason(RiskKind.LOCK,
        "PostgreSQL: ADD CHECK scans the whole table under an ACCESS EXCLUSIVE lock");
    List<SchemaOp> hibernates = List.of(
        new DropCheck("releases", check("ck_releases_kind", "kind between 0 and 2")),
        new AddCheck("releases", check("ck_releases_kind", "kind between 0 and 3")));
    assertThat(POSTGRES.assess(hibernates, THOUSAND_ROWS).get(1).reasons()).containsExactly(scan);
    List<SchemaOp> postgres = List.of(
        new DropCheck("releases", check("ck_releases_kind", "((kind >= 0) AND (kind <= 2))")),
        new AddCheck("releases", check("ck_releases_kind", "((kind >= 0) AND (kind <= 3))")));
    assertThat(POSTGRES.assess(postgres, THOUSAND_ROWS).get(1).reasons()).containsExactly(scan);
    List<SchemaOp> narrower = List.of(
        new DropCheck("releases", check("ck_releases_kind", "kind between 0 and 2")),
        new AddCheck("releases", check("ck_releases_kind", "kind between 1 and 2")));
    assertThat(POSTGRES.assess(narrower, THOUSAND_ROWS).get(1).reasons()).containsExactly(
        reason(RiskKind.EXISTING_ROWS, "fails if a row of releases breaks ck_releases_kind"), scan);
    List<SchemaOp> otherColumn = List.of(
        new DropCheck("releases", check("ck_releases_kind", "kind in ('A')")),
        new AddCheck("releases", check("ck_releases_kind", "sort in ('A','B')")));
    assertThat(POSTGRES.assess(otherColumn, THOUSAND_ROWS).get(1).reasons()).containsExactly(
        reason(RiskKind.EXISTING_ROWS, "fails if a row of releases breaks ck_releases_kind"), scan);
  }

  @Test
  void anEnumCheckReplacedWithFewerValuesCanFail() {
    List<SchemaOp> narrowed = List.of(
        new DropCheck("releases", check("ck_releases_kind", "kind in ('BINARY','SOURCE','WHEEL')")),
        new AddCheck("releases", check("ck_releases_kind", "kind in ('BINARY','SOURCE')")));
    assertThat(POSTGRES.assess(narrowed, THOUSAND_ROWS).get(1)).isEqualTo(risk(
        "ADD it NOT VALID, then VALIDATE CONSTRAINT in a later step, which allows writes",
        reason(RiskKind.EXISTING_ROWS, "fails if a row of releases breaks ck_releases_kind"),
        reason(RiskKind.LOCK, "PostgreSQL: ADD CHECK scans the whole table under an ACCESS EXCLUSIVE lock")));
  }

  @Test
  void anAddedNullableColumnIsSafe() {
    SchemaOp add = new AddColumn("packages", column("summary", varchar(200)));
    for (RiskAssessor assessor : List.of(POSTGRES, MARIADB, H2)) {
      assertThat(assessor.assess(List.of(add), THOUSAND_ROWS)).containsExactly(Risk.SAFE);
    }
  }

  @Test
  void anAddedNotNullColumnWithoutDefaultFailsOnRowsExceptOnMariaDb() {
    SchemaOp add = new AddColumn("packages", column("rank", integer()).notNull());
    Risk fails = risk("add it nullable, fill it, then make it NOT NULL; or give it a default",
        reason(RiskKind.EXISTING_ROWS, "fails if packages has rows: rank is NOT NULL without a default"));
    assertThat(POSTGRES.assess(List.of(add), THOUSAND_ROWS)).containsExactly(fails);
    assertThat(H2.assess(List.of(add), THOUSAND_ROWS)).containsExactly(fails);
    assertThat(MARIADB.assess(List.of(add), THOUSAND_ROWS)).containsExactly(risk(
        "give it a default, or add it nullable and fill it", reason(RiskKind.EXISTING_ROWS,
            "MariaDB: existing rows of packages get the implicit default of rank (0, '' or a zero date)")));
    assertThat(POSTGRES.assess(List.of(add), EMPTY)).containsExactly(Risk.SAFE);
  }

  @Test
  void narrowingAVarcharIsDanger() {
    SchemaOp narrow = new AlterColumn("packages", column("name", varchar(120)), column("name", varchar(80)));
    String safer = "add a column of the new type, copy the values that fit, switch the application over, then"
        + " drop the old one";
    RiskReason loss = reason(RiskKind.DATA_LOSS,
        "changes packages.name from varchar(120) to varchar(80); values that do not fit fail or are cut");
    assertThat(POSTGRES.assess(narrow)).isEqualTo(risk(safer, loss, reason(RiskKind.LOCK,
        "PostgreSQL: changing the type of name rewrites the whole table under an ACCESS EXCLUSIVE lock")));
    assertThat(MARIADB.assess(narrow)).isEqualTo(risk(safer, loss, reason(RiskKind.LOCK,
        "MariaDB: changing the type of name copies the table (ALGORITHM=COPY), which blocks writes")));
    assertThat(H2.assess(narrow)).isEqualTo(risk(safer, loss));
    assertThat(H2.assess(narrow).level()).isEqualTo(RiskLevel.DANGER);
  }

  @Test
  void wideningIsNeverDanger() {
    SchemaOp longer = new AlterColumn("packages", column("name", varchar(80)), column("name", varchar(120)));
    SchemaOp bigger = new AlterColumn("packages", column("id", integer()).notNull(),
        column("id", bigint()).notNull());
    assertThat(POSTGRES.assess(longer)).isEqualTo(Risk.SAFE);
    assertThat(MARIADB.assess(longer)).isEqualTo(Risk.SAFE);
    assertThat(H2.assess(longer)).isEqualTo(Risk.SAFE);
    assertThat(POSTGRES.assess(bigger)).isEqualTo(risk(null, reason(RiskKind.LOCK,
        "PostgreSQL: changing the type of id rewrites the whole table under an ACCESS EXCLUSIVE lock")));
    assertThat(MARIADB.assess(bigger)).isEqualTo(risk(null, reason(RiskKind.LOCK,
        "MariaDB: changing the type of id copies the table (ALGORITHM=COPY), which blocks writes")));
    assertThat(H2.assess(bigger)).isEqualTo(Risk.SAFE);
  }

  @Test
  void aVarcharGrowingPastOneLengthByteCopiesTheTableOnMariaDb() {
    SchemaOp longer = new AlterColumn("packages", column("name", varchar(50)), column("name", varchar(100)));
    assertThat(MARIADB.assess(longer)).isEqualTo(risk(null, reason(RiskKind.LOCK,
        "MariaDB: changing the type of name copies the table (ALGORITHM=COPY), which blocks writes")));
  }

  @Test
  void setNotNullOnATableWithRowsScans() {
    SchemaOp notNull = new AlterColumn("packages", column("summary", varchar(200)),
        column("summary", varchar(200)).notNull());
    RiskReason nulls = reason(RiskKind.EXISTING_ROWS, "fails if a row of packages holds NULL in summary");
    assertThat(POSTGRES.assess(List.of(notNull), THOUSAND_ROWS)).containsExactly(risk(
        "add CHECK (summary IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL, which then skips the scan",
        nulls, reason(RiskKind.LOCK, "PostgreSQL: SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock")));
    assertThat(MARIADB.assess(List.of(notNull), THOUSAND_ROWS)).containsExactly(risk(null, nulls,
        reason(RiskKind.LOCK, "MariaDB: making summary NOT NULL rebuilds the table (ALGORITHM=INPLACE)")));
    assertThat(H2.assess(List.of(notNull), THOUSAND_ROWS)).containsExactly(risk(null, nulls));
    assertThat(POSTGRES.assess(List.of(notNull), THOUSAND_ROWS).get(0).level()).isEqualTo(RiskLevel.CAUTION);
    assertThat(POSTGRES.assess(List.of(notNull), EMPTY)).containsExactly(Risk.SAFE);
  }

  @Test
  void aPlainCreateIndexBlocksWritesOnPostgresOnly() {
    SchemaOp create = new CreateIndex("packages", index("ix_packages_name", "name"));
    assertThat(POSTGRES.assess(create)).isEqualTo(risk("CREATE INDEX CONCURRENTLY, in op.outsideTransaction(...)",
        reason(RiskKind.LOCK,
            "PostgreSQL: CREATE INDEX scans the whole table under a SHARE lock, which blocks writes")));
    assertThat(POSTGRES.assess(create).level()).isEqualTo(RiskLevel.CAUTION);
    assertThat(MARIADB.assess(create)).isEqualTo(Risk.SAFE);
    assertThat(H2.assess(create)).isEqualTo(Risk.SAFE);
  }

  /** There is no operation for the concurrent build yet: written by hand it is SQL Retort does not judge. */
  @Test
  void aConcurrentIndexWrittenByHandIsNotJudged() {
    SchemaOp concurrent = new OutsideTransaction(new ExecuteSql(
        "CREATE INDEX CONCURRENTLY ix_packages_name ON packages (name)", "DROP INDEX CONCURRENTLY ix_packages_name"));
    assertThat(POSTGRES.assess(concurrent)).isEqualTo(risk(null,
        reason(RiskKind.UNJUDGED, "runs SQL written by hand, which Retort does not judge")));
  }

  @Test
  void anIndexOnATableTheSameMigrationCreatedIsSafe() {
    List<SchemaOp> ops = List.of(
        new CreateTable(TableDef.of("tags", List.of(column("id", bigint()).notNull(), primaryKey("id")))),
        new CreateIndex("tags", index("ix_tags_id", "id")));
    assertThat(POSTGRES.assess(ops, THOUSAND_ROWS)).containsExactly(Risk.SAFE, Risk.SAFE);
  }

  @Test
  void aRenameBreaksTheRunningApplication() {
    SchemaOp column = new RenameColumn("packages", "summary", "description");
    SchemaOp table = new RenameTable("packages", "projects");
    for (RiskAssessor assessor : List.of(POSTGRES, MARIADB, H2)) {
      assertThat(assessor.assess(column)).isEqualTo(risk("add the new column and write both in one release,"
          + " copy the values, drop the old one in a later release", reason(RiskKind.RUNNING_APP,
              "the application version still running uses the old name packages.summary")));
      assertThat(assessor.assess(table)).isEqualTo(risk(
          "keep a view under the old name until no running version uses it",
          reason(RiskKind.RUNNING_APP, "the application version still running uses the old name packages")));
    }
  }

  @Test
  void dropsAreDanger() {
    SchemaOp column = new DropColumn("packages", column("summary", varchar(200)));
    SchemaOp table = new DropTable(TableDef.of("tags", List.of(column("id", bigint()).notNull())));
    for (RiskAssessor assessor : List.of(POSTGRES, MARIADB, H2)) {
      assertThat(assessor.assess(List.of(column), EMPTY)).containsExactly(risk(
          "stop reading the column in one release, drop it in a later one",
          reason(RiskKind.DATA_LOSS, "drops column packages.summary and its data"),
          reason(RiskKind.RUNNING_APP, "the application version still running may read packages.summary")));
      assertThat(assessor.assess(table)).isEqualTo(risk("stop using the table in one release, drop it in a later one",
          reason(RiskKind.DATA_LOSS, "drops table tags and all its rows"),
          reason(RiskKind.RUNNING_APP, "the application version still running may read tags")));
    }
  }

  @Test
  void summariesNameTheKinds() {
    assertThat(Risk.SAFE.summary()).isEqualTo("safe");
    assertThat(POSTGRES.assess(new DropColumn("packages", column("summary", varchar(200)))).summary())
        .isEqualTo("danger: data loss, running application");
    assertThat(RiskLevel.forLabel("caution")).isEqualTo(RiskLevel.CAUTION);
    assertThat(RiskLevel.forLabel("risky")).isNull();
  }

  /** A SET NOT NULL after a validated CHECK (c IS NOT NULL) neither scans nor fails: the check carries the risk. */
  @Test
  void aValidatedNotNullCheckMakesSetNotNullSafeOnPostgres() {
    List<SchemaOp> online = new dev.retort.engine.migration.Ops()
        .addCheckNotValid("packages", check("ck_rank_not_null", "\"rank\" IS NOT NULL"))
        .validateConstraint("packages", "ck_rank_not_null")
        .alterColumn("packages", column("rank", integer()), column("rank", integer()).notNull())
        .dropCheck("packages", check("ck_rank_not_null", "\"rank\" IS NOT NULL"))
        .recorded();
    List<Risk> risks = RiskAssessor.of(new PostgresDialect()).assess(online, TableRows.UNKNOWN);
    assertThat(risks).extracting(Risk::summary)
        .containsExactly("safe", "caution: existing rows", "safe", "safe");
    Risk plain = RiskAssessor.of(new PostgresDialect()).assess(online.get(2));
    assertThat(plain.summary()).isEqualTo("caution: existing rows, lock");
  }
}
