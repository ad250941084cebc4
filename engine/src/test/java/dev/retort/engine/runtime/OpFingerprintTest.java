package dev.retort.engine.runtime;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.check;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.columns;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.row;
import static dev.retort.engine.migration.Dsl.sequence;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.migration.Ops;
import dev.retort.engine.schema.ReferentialAction;
import org.junit.jupiter.api.Test;

/** The text checksums are taken over is fixed: changing it invalidates every applied migration. */
class OpFingerprintTest {
  @Test
  void canonicalTextLeavesDefaultsOut() {
    Ops ops = new Ops()
        .createTable("books", column("id", bigint()).identity(), column("title", varchar(200)),
            primaryKey("id"), foreignKey("fk_x", "id", "authors", "id").onDelete(ReferentialAction.CASCADE))
        .addColumn("books", column("isbn", varchar(13)).notNull().withDefault("'?'"))
        .insertRows("books", columns("id", "title"), row(1L, "Say \"hi\""), row(2L, null))
        .execute("UPDATE books SET title = ''");
    assertThat(OpFingerprint.of(ops.recorded())).isEqualTo("""
        create-table "books" {column "id" "bigint" not-null identity; column "title" "varchar(200)"; \
        primary-key("id"); foreign-key "fk_x"("id") "authors"("id") on-delete CASCADE}
        add "books" column "isbn" "varchar(13)" not-null default "'?'"
        insert-rows "books"("id","title")(Long:"1",String:"Say \\"hi\\"")(Long:"2",null)
        execute "UPDATE books SET title = ''\"""");
  }

  @Test
  void checksHaveTextOfTheirOwn() {
    Ops ops = new Ops()
        .createTable("books", column("id", bigint()), check("ck_books_id", "id > 0"))
        .dropCheck("books", check("ck_books_id", "id > 0"))
        .dropCheck("books", check("id", "id > 0").inColumn(column("id", bigint())));
    assertThat(OpFingerprint.of(ops.recorded())).isEqualTo("""
        create-table "books" {column "id" "bigint"; check "ck_books_id" "id > 0"}
        drop "books" check "ck_books_id" "id > 0"
        drop "books" check "id" "id > 0" in-column "id" "bigint\"""");
  }

  @Test
  void sequencesHaveTheirOwnText() {
    Ops ops = new Ops()
        .createSequence(sequence("items_seq").incrementBy(50))
        .alterSequence(sequence("items_seq").incrementBy(50), sequence("items_seq").startWith(100))
        .dropSequence(sequence("items_seq").startWith(100));
    assertThat(OpFingerprint.of(ops.recorded())).isEqualTo("""
        create-sequence "items_seq" start 1 increment 50
        alter-sequence "items_seq" start 1 increment 50 -> "items_seq" start 100 increment 1
        drop-sequence "items_seq" start 100 increment 1""");
  }

  @Test
  void schemasHaveTextOfTheirOwn() {
    Ops ops = new Ops().createSchema("billing").dropSchema("billing");
    assertThat(OpFingerprint.of(ops.recorded())).isEqualTo("""
        create-schema "billing"
        drop-schema "billing\"""");
  }

  /** Migrations applied before the online forms existed keep their checksums: plain ops read as they did. */
  @Test
  void onlineFormsAddTextOnlyWhereTheyAreUsed() {
    Ops plain = new Ops()
        .createIndex("books", dev.retort.engine.migration.Dsl.index("ix_books_title", "title"))
        .dropIndex("books", dev.retort.engine.migration.Dsl.index("ix_books_title", "title"))
        .addForeignKey("books", foreignKey("fk_books_author", "author_id", "authors", "id"))
        .addCheck("books", check("ck_books_id", "id > 0"))
        .addUnique("books", dev.retort.engine.migration.Dsl.unique("uk_books_title", "title"));
    assertThat(OpFingerprint.of(plain.recorded())).isEqualTo("""
        add "books" index "ix_books_title"("title")
        drop "books" index "ix_books_title"("title")
        add "books" foreign-key "fk_books_author"("author_id") "authors"("id")
        add "books" check "ck_books_id" "id > 0"
        add "books" unique "uk_books_title"("title")""");
    Ops online = new Ops()
        .lockTimeout(java.time.Duration.ofMillis(2500))
        .outsideTransaction(o -> o.createIndexConcurrently("books",
            dev.retort.engine.migration.Dsl.index("ix_books_title", "title")))
        .dropIndexConcurrently("books", dev.retort.engine.migration.Dsl.index("ix_books_title", "title"))
        .addForeignKeyNotValid("books", foreignKey("fk_books_author", "author_id", "authors", "id"))
        .addCheckNotValid("books", check("ck_books_id", "id > 0"))
        .validateConstraint("books", "fk_books_author")
        .addUniqueUsingIndex("books", dev.retort.engine.migration.Dsl.unique("uk_books_title", "title"),
            "uk_books_title");
    assertThat(OpFingerprint.of(online.recorded())).isEqualTo("""
        lock-timeout 2500ms
        outside-transaction add "books" index "ix_books_title"("title") concurrently
        drop "books" index "ix_books_title"("title") concurrently
        add "books" foreign-key "fk_books_author"("author_id") "authors"("id") not-valid
        add "books" check "ck_books_id" "id > 0" not-valid
        validate "books" "fk_books_author"
        add "books" unique "uk_books_title"("title") using-index "uk_books_title\"""");
  }

  @Test
  void computedColumnsSayWhatTheyAreComputedFrom() {
    Ops ops = new Ops().addColumn("books", column("twice", bigint()).generatedAs("id * 2"));
    assertThat(OpFingerprint.of(ops.recorded())).isEqualTo(
        "add \"books\" column \"twice\" \"bigint\" generated \"id * 2\"");
  }
}
