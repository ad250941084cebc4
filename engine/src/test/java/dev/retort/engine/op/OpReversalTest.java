package dev.retort.engine.op;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.sequence;
import static dev.retort.engine.migration.Dsl.timestamp;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.migration.Ops;
import dev.retort.engine.risk.RiskAssessor;
import dev.retort.engine.risk.RiskLevel;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.SequenceDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpReversalTest {
  private static List<SchemaOp> script() {
    return new Ops()
        .createSequence(sequence("releases_seq").incrementBy(50))
        .createTable("packages", column("name", varchar(100)).notNull(), column("summary", varchar(255)),
            primaryKey("name"), index("ix_packages_summary", "summary"))
        .createTable("releases", column("id", bigint()).identity(), column("package_name", varchar(100)),
            primaryKey("id"))
        .addForeignKey("releases", foreignKey("fk_rel_pkg", "package_name", "packages", "name"))
        .addUnique("packages", unique("uk_summary", "summary"))
        .addCheck("packages", check("ck_summary", "summary <> ''"))
        .addColumn("packages", column("last_updated", timestamp(6)))
        .alterColumn("packages", column("summary", varchar(255)), column("summary", varchar(500)).notNull())
        .renameColumn("packages", "summary", "abstract")
        .dropIndex("packages", index("ix_packages_summary", "abstract"))
        .dropCheck("packages", check("ck_summary", "summary <> ''"))
        .renameTable("packages", "projects")
        .dropColumn("projects", column("last_updated", timestamp(6)))
        .alterSequence(sequence("releases_seq").incrementBy(50), sequence("releases_seq").startWith(100))
        .createSequence(sequence("tmp_seq"))
        .dropSequence(sequence("tmp_seq"))
        .recorded();
  }

  @Test
  void everyOpReversesToItselfTwice() {
    for (SchemaOp op : script()) {
      assertThat(op.reverse().reverse()).isEqualTo(op);
    }
  }

  @Test
  void onlineFormsReverseToTheirOnlineForms() {
    List<SchemaOp> ops = new Ops()
        .createIndexConcurrently("packages", index("ix_packages_summary", "summary"))
        .dropIndexConcurrently("packages", index("ix_packages_summary", "summary"))
        .validateConstraint("packages", "ck_summary")
        .lockTimeout(java.time.Duration.ofSeconds(2))
        .recorded();
    for (SchemaOp op : ops) {
      assertThat(op.reverse().reverse()).isEqualTo(op);
    }
    assertThat(ops.get(0).reverse()).isEqualTo(new DropIndex("packages", index("ix_packages_summary", "summary"),
        true));
    // a drop knows nothing of how its constraint was added: autogen writes the downgrade's online forms itself
    assertThat(new AddForeignKey("releases", foreignKey("fk_rel_pkg", "package_name", "packages", "name"), true)
        .reverse()).isEqualTo(new DropForeignKey("releases", foreignKey("fk_rel_pkg", "package_name", "packages",
            "name")));
    assertThat(new AddCheck("packages", check("ck_summary", "summary <> ''"), true).reverse())
        .isEqualTo(new DropCheck("packages", check("ck_summary", "summary <> ''")));
    // the reverse of taking over an index is dropping the constraint, which drops the index with it
    assertThat(new AddUnique("packages", unique("uk_summary", "summary"), "uk_summary").reverse())
        .isEqualTo(new DropUnique("packages", unique("uk_summary", "summary")));
  }

  @Test
  void takingOverAnIndexTurnsItIntoTheConstraint() {
    SchemaModel schema = new Ops()
        .createTable("packages", column("name", varchar(100)).notNull(), column("summary", varchar(255)))
        .createIndexConcurrently("packages", dev.retort.engine.migration.Dsl.uniqueIndex("uk_summary", "summary"))
        .addUniqueUsingIndex("packages", unique("uk_summary", "summary"), "uk_summary")
        .validateConstraint("packages", "uk_summary")
        .recorded().stream().reduce(SchemaModel.EMPTY, (s, op) -> op.applyTo(s), (a, b) -> b);
    assertThat(schema.requireTable("packages").indexes()).isEmpty();
    assertThat(schema.requireTable("packages").uniques()).containsExactly(unique("uk_summary", "summary"));
  }

  @Test
  void applyingTheReversesInReverseOrderRestoresTheSchema() {
    List<SchemaOp> ops = script();
    SchemaModel schema = SchemaModel.EMPTY;
    for (SchemaOp op : ops) {
      schema = op.applyTo(schema);
    }
    assertThat(schema.requireTable("projects").column("abstract").orElseThrow())
        .isEqualTo(column("abstract", varchar(500)).notNull());
    assertThat(schema.requireTable("releases").foreignKeys().get(0).referencedTable()).isEqualTo("projects");
    assertThat(schema.sequences()).containsExactly(new SequenceDef("releases_seq", 100, 1));
    for (int i = ops.size() - 1; i >= 0; i--) {
      schema = ops.get(i).reverse().applyTo(schema);
    }
    assertThat(schema).isEqualTo(SchemaModel.EMPTY);
  }

  @Test
  void opsThatLoseDataAreDanger() {
    assertThat(script()).filteredOn(op -> RiskAssessor.portable().assess(op).level() == RiskLevel.DANGER)
        .extracting(SchemaOp::describe)
        .containsExactly("drop column projects.last_updated", "drop sequence tmp_seq");
  }

  @Test
  void sequenceOpsDescribeWhatChangesAndRefuseWhatCannotBe() {
    assertThat(new Ops()
        .createSequence(sequence("items_seq"))
        .alterSequence(sequence("items_seq"), sequence("items_seq").incrementBy(50))
        .alterSequence(sequence("items_seq").incrementBy(50), sequence("items_seq").startWith(10).incrementBy(5))
        .dropSequence(sequence("items_seq").startWith(10).incrementBy(5))
        .recorded()).extracting(SchemaOp::describe).containsExactly(
            "create sequence items_seq",
            "alter sequence items_seq increment 1 -> 50",
            "alter sequence items_seq start 1 -> 10 increment 50 -> 5",
            "drop sequence items_seq");
    assertThatThrownBy(() -> sequence("items_seq").incrementBy(0))
        .hasMessage("sequence items_seq has increment 0");
    assertThatThrownBy(() -> new AlterSequence(sequence("a"), sequence("b")))
        .hasMessage("alterSequence cannot rename a to b");
    assertThatThrownBy(() -> new AlterSequence(sequence("a"), sequence("a")))
        .hasMessage("alterSequence on a changes nothing");
    SchemaModel withSequence = new CreateSequence(sequence("a").incrementBy(50)).applyTo(SchemaModel.EMPTY);
    assertThatThrownBy(() -> new AlterSequence(sequence("a"), sequence("a").startWith(5)).applyTo(withSequence))
        .hasMessage("sequence a is SequenceDef[name=a, start=1, increment=50], not"
            + " SequenceDef[name=a, start=1, increment=1]");
    assertThatThrownBy(() -> new CreateSequence(sequence("a")).applyTo(withSequence))
        .hasMessage("sequence a already exists");
    assertThatThrownBy(() -> new DropSequence(sequence("b")).applyTo(withSequence))
        .hasMessage("no sequence b in the schema");
  }

  @Test
  void schemasHoldNothingWhenDroppedAndRenamesStayInTheirSchema() {
    SchemaModel withTable = new Ops().createSchema("archive")
        .createTable("archive.t", column("id", bigint()).notNull()).recorded().stream()
        .reduce(SchemaModel.EMPTY, (schema, op) -> op.applyTo(schema), (a, b) -> b);
    assertThatThrownBy(() -> new DropSchema("archive").applyTo(withTable))
        .isInstanceOf(IllegalStateException.class).hasMessage("schema archive still holds tables or sequences");
    assertThatThrownBy(() -> new RenameTable("archive.t", "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("renameTable keeps a table in its schema: archive.t -> t moves it; create the table in the new"
            + " schema and copy the rows instead");
  }

  @Test
  void rawSqlWithoutReverseCannotBeReversed() {
    assertThatThrownBy(() -> new ExecuteSql("UPDATE t SET a = 1", null).reverse())
        .isInstanceOf(IrreversibleOperationException.class)
        .hasMessage("execute(\"UPDATE t SET a = 1\") has no reverse; give one as execute(sql, reverseSql)");
  }
}
