package dev.retort.engine.op;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.timestamp;
import static dev.retort.engine.migration.Dsl.unique;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.migration.Ops;
import dev.retort.engine.schema.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpReversalTest {
  private static List<SchemaOp> script() {
    return new Ops()
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
        .recorded();
  }

  @Test
  void everyOpReversesToItselfTwice() {
    for (SchemaOp op : script()) {
      assertThat(op.reverse().reverse()).isEqualTo(op);
    }
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
    for (int i = ops.size() - 1; i >= 0; i--) {
      schema = ops.get(i).reverse().applyTo(schema);
    }
    assertThat(schema).isEqualTo(SchemaModel.EMPTY);
  }

  @Test
  void destructiveOpsAreMarked() {
    assertThat(script()).filteredOn(SchemaOp::destructive).extracting(SchemaOp::describe)
        .containsExactly("drop column projects.last_updated");
  }

  @Test
  void rawSqlWithoutReverseCannotBeReversed() {
    assertThatThrownBy(() -> new ExecuteSql("UPDATE t SET a = 1", null).reverse())
        .isInstanceOf(IrreversibleOperationException.class)
        .hasMessage("execute(\"UPDATE t SET a = 1\") has no reverse; give one as execute(sql, reverseSql)");
  }
}
