package dev.retort.autogen.compare;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.op.AddForeignKey;
import dev.retort.engine.op.CreateTable;
import dev.retort.engine.op.DropForeignKey;
import dev.retort.engine.op.DropTable;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TableElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Tables in a chain of foreign keys as long as the model are ordered without recursion: created referenced
 * first, dropped referencing first. Each table references the one after it by name, so that name order is the
 * opposite of the order they can be created in and every step of the ordering has one table ready.
 */
class LongKeyChainTest {
  private static final int LENGTH = 5_000;

  private static String table(int i) {
    return String.format(Locale.ROOT, "t%05d", i);
  }

  /** {@code t00000 -> t00001 -> ... -> last}; with {@code closed}, the last references the first as well. */
  private static SchemaModel chain(int length, boolean closed) {
    List<TableDef> tables = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      List<TableElement> elements = new ArrayList<>(List.of(column("id", bigint()).notNull(),
          column("next_id", bigint()), primaryKey("id")));
      if (i < length - 1) {
        elements.add(foreignKey("fk_" + table(i), "next_id", table(i + 1), "id"));
      } else if (closed) {
        elements.add(foreignKey("fk_" + table(i), "next_id", table(0), "id"));
      }
      tables.add(TableDef.of(table(i), elements));
    }
    return new SchemaModel(tables);
  }

  private static List<String> names(List<SchemaOp> ops) {
    return ops.stream().map(op -> op instanceof CreateTable create ? "create " + create.table().name()
        : op instanceof DropTable drop ? "drop " + drop.table().name()
        : op instanceof AddForeignKey add ? "add " + add.table() + "." + add.foreignKey().name()
        : op instanceof DropForeignKey drop ? "drop " + drop.table() + "." + drop.foreignKey().name()
        : op.describe()).toList();
  }

  @Test
  void aChainIsCreatedFromItsEndAndDroppedFromItsStart() {
    SchemaModel chain = chain(LENGTH, false);
    List<String> created = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (int i = LENGTH - 1; i >= 0; i--) {
      created.add("create " + table(i));
      dropped.add(0, "drop " + table(i));
    }
    assertThat(names(new SchemaComparator().compare(chain, SchemaModel.EMPTY).upgrade())).isEqualTo(created);
    assertThat(names(new SchemaComparator().compare(SchemaModel.EMPTY, chain).upgrade())).isEqualTo(dropped);
  }

  @Test
  void aClosedChainDefersTheOneKeyThatCloses() {
    SchemaDiff diff = new SchemaComparator().compare(chain(LENGTH, true), SchemaModel.EMPTY);
    List<String> names = names(diff.upgrade());
    // a cycle: the first table by name goes first, its key to the next one waits until all tables exist
    assertThat(names.get(0)).isEqualTo("create t00000");
    assertThat(names.get(1)).isEqualTo("create " + table(LENGTH - 1));
    assertThat(names.get(LENGTH - 1)).isEqualTo("create t00001");
    assertThat(names.subList(LENGTH, names.size())).containsExactly("add t00000.fk_t00000");
    CreateTable first = (CreateTable) diff.upgrade().get(0);
    assertThat(first.table().foreignKeys()).extracting(ForeignKeyDef::name).isEmpty();
  }
}
