package dev.retort.autogen.compare;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.migration.Dsl;
import dev.retort.engine.op.AlterColumn;
import dev.retort.engine.op.DropColumn;
import dev.retort.engine.op.AddColumn;
import dev.retort.engine.op.RenameColumn;
import dev.retort.engine.op.RenameTable;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.schema.TableElement;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameComparatorTest {
  private final SchemaComparator comparator = new SchemaComparator();

  private static TableDef table(String name, TableElement... elements) {
    return TableDef.of(name, List.of(elements));
  }

  private static final TableDef LANGUAGES = table("languages", column("id", bigint()).notNull(),
      column("name", varchar(100)), primaryKey("id"));
  private static final TableDef PACKAGES = table("packages", column("name", varchar(100)).notNull(),
      column("summary", varchar(255)), column("language_id", bigint()), primaryKey("name"),
      foreignKey("fk_lang", "language_id", "languages", "id"), index("ix_summary", "summary"));

  private static final TableDef PROGRAMMING_LANGUAGES = LANGUAGES.withName("programming_languages");
  private static final TableDef PACKAGES_AFTER = table("packages", column("name", varchar(100)).notNull(),
      column("abstract", varchar(500)), column("language_id", bigint()), primaryKey("name"),
      foreignKey("fk_lang", "language_id", "programming_languages", "id"), index("ix_summary", "abstract"));

  private static SchemaModel before() {
    return new SchemaModel(List.of(LANGUAGES, PACKAGES));
  }

  private static SchemaModel after() {
    return new SchemaModel(List.of(PROGRAMMING_LANGUAGES, PACKAGES_AFTER));
  }

  /** Among several drops and adds, the one column of a kind that goes and the one that comes are a candidate. */
  @Test
  void candidatesArePairedByKindAmongSeveralChanges() {
    TableDef had = table("books", column("id", bigint()).notNull(), column("summary", varchar(200)),
        column("height_mm", Dsl.integer()), column("title", varchar(80)), primaryKey("id"));
    TableDef wanted = table("books", column("id", bigint()).notNull(), column("blurb", varchar(400)),
        column("title", varchar(80)), primaryKey("id"));
    assertThat(comparator.compare(new SchemaModel(List.of(wanted)), new SchemaModel(List.of(had)))
        .renameCandidates()).containsExactly(new RenameCandidate("books", "summary", "blurb"));
  }

  /** Two columns of one kind going where two come: which is which is not guessed. */
  @Test
  void severalOfOneKindMakeNoCandidate() {
    TableDef had = table("books", column("id", bigint()).notNull(), column("summary", varchar(200)),
        column("subtitle", varchar(80)), primaryKey("id"));
    TableDef wanted = table("books", column("id", bigint()).notNull(), column("blurb", varchar(400)),
        column("strapline", varchar(80)), primaryKey("id"));
    assertThat(comparator.compare(new SchemaModel(List.of(wanted)), new SchemaModel(List.of(had)))
        .renameCandidates()).isEmpty();
  }

  @Test
  void lookAlikesAreReportedNotGuessed() {
    SchemaDiff diff = comparator.compare(after(), before());
    assertThat(diff.renameCandidates()).containsExactly(
        new RenameCandidate("packages", "summary", "abstract"),
        new RenameCandidate(null, "languages", "programming_languages"));
    assertThat(diff.upgrade()).filteredOn(op -> op instanceof RenameColumn || op instanceof RenameTable).isEmpty();
    assertThat(diff.upgrade()).contains(new DropColumn("packages", column("summary", varchar(255))),
        new AddColumn("packages", column("abstract", varchar(500))));
  }

  @Test
  void confirmedRenamesComeFirstAndTheRestFollowsThem() {
    Renames renames = Renames.NONE.withTable("languages", "programming_languages")
        .withColumn("packages", "summary", "abstract");
    SchemaDiff diff = comparator.compare(after(), before(), renames);
    assertThat(diff.upgrade()).isEqualTo(List.<SchemaOp>of(
        new RenameTable("languages", "programming_languages"),
        new RenameColumn("packages", "summary", "abstract"),
        new AlterColumn("packages", column("abstract", varchar(255)), column("abstract", varchar(500)))));
    assertThat(diff.renameCandidates()).isEmpty();
    SchemaModel upgraded = before();
    for (SchemaOp op : diff.upgrade()) {
      upgraded = op.applyTo(upgraded);
    }
    assertThat(comparator.compare(after(), upgraded).upgrade()).isEmpty();
    SchemaModel restored = upgraded;
    for (SchemaOp op : diff.downgrade()) {
      restored = op.applyTo(restored);
    }
    assertThat(restored).isEqualTo(before());
  }

  /** A confirmed rename that names what is not there makes no operation and comes back with the reason. */
  @Test
  void renamesThatDoNotFitAreRefusedWithTheReason() {
    Renames wrong = Renames.NONE.withTable("nothing", "programming_languages").withColumn("packages", "x", "y");
    SchemaDiff diff = comparator.compare(after(), before(), wrong);
    assertThat(diff.upgrade()).filteredOn(op -> op instanceof RenameColumn || op instanceof RenameTable).isEmpty();
    assertThat(diff.refusedRenames()).containsExactly(
        new RefusedRename("nothing=programming_languages", "the database has no table nothing"),
        new RefusedRename("packages.x=y", "table packages in the database has no column x"));
  }

  @Test
  void eachWayARenameCanMissIsNamed() {
    assertThat(refused(Renames.NONE.withTable("languages", "langs")))
        .containsExactly(new RefusedRename("languages=langs", "the entities have no table langs"));
    SchemaModel both = new SchemaModel(List.of(LANGUAGES, PROGRAMMING_LANGUAGES, PACKAGES));
    assertThat(comparator.compare(after(), both, Renames.NONE.withTable("languages", "programming_languages"))
        .refusedRenames()).containsExactly(new RefusedRename("languages=programming_languages",
            "the database has a table programming_languages already"));
    assertThat(refused(Renames.NONE.withColumn("books", "summary", "abstract")))
        .containsExactly(new RefusedRename("books.summary=abstract", "the database has no table books"));
    assertThat(refused(Renames.NONE.withColumn("languages", "name", "title")))
        .containsExactly(new RefusedRename("languages.name=title", "the entities have no table languages"));
    assertThat(refused(Renames.NONE.withColumn("packages", "summary", "blurb")))
        .containsExactly(new RefusedRename("packages.summary=blurb", "table packages in the entities has no column"
            + " blurb"));
    assertThat(refused(Renames.NONE.withColumn("packages", "summary", "name")))
        .containsExactly(new RefusedRename("packages.summary=name", "table packages in the database has a column"
            + " name already"));
    assertThat(refused(Renames.NONE.withTable("languages", "programming_languages")
        .withColumn("packages", "summary", "abstract"))).isEmpty();
  }

  private List<RefusedRename> refused(Renames renames) {
    return comparator.compare(after(), before(), renames).refusedRenames();
  }
}
