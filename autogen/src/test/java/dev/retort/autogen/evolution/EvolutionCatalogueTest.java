package dev.retort.autogen.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.Autogenerator;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Entity changes one at a time, on every database: the exact operations autogenerate writes, that they
 * apply, that autogenerate is empty afterwards, and that their reverses apply too.
 */
class EvolutionCatalogueTest {
  @TempDir
  Path dir;

  /** The entity before every change: edits below rewrite parts of it. */
  private static final String BASE = """
      package evo;

      import jakarta.persistence.*;
      import java.math.BigDecimal;

      @Entity
      @Table(name = "items", indexes = @Index(name = "ix_items_name", columnList = "name"))
      public class Item {
        @Id @Column(name = "id") Long id;
        @Column(name = "name", length = 100) String name;
        @Column(name = "price", precision = 8, scale = 2) BigDecimal price;
        @Column(name = "note", length = 200) String note;
        @Column(name = "qty") Integer qty;
        @Column(name = "due") java.time.LocalDate due;
        // more
      }
      """;

  private static final String OWNER = """
      package evo;

      import jakarta.persistence.*;

      @Entity
      @Table(name = "owners")
      public class Owner {
        @Id @Column(name = "id") Long id;
      }
      """;

  record Scenario(String name, String from, String to, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> scenarios() {
    List<Scenario> all = List.of(
        new Scenario("add a column", "// more", "@Column(name = \"added\") Integer added;",
            List.of("add column items.added")),
        new Scenario("drop a column", "@Column(name = \"note\", length = 200) String note;", "",
            List.of("drop column items.note")),
        new Scenario("widen a varchar", "length = 100) String name", "length = 300) String name",
            List.of("alter column items.name type varchar(100) -> varchar(300)")),
        new Scenario("narrow a varchar", "length = 200) String note", "length = 50) String note",
            List.of("alter column items.note type varchar(200) -> varchar(50)")),
        new Scenario("make a column not null", "@Column(name = \"note\", length = 200)",
            "@Column(name = \"note\", length = 200, nullable = false)",
            List.of("alter column items.note not null")),
        new Scenario("change numeric precision", "precision = 8, scale = 2", "precision = 12, scale = 3",
            List.of("alter column items.price type numeric(8,2) -> numeric(12,3)")),
        new Scenario("add a default", "@Column(name = \"note\", length = 200)",
            "@org.hibernate.annotations.ColumnDefault(\"'none'\") @Column(name = \"note\", length = 200)",
            List.of("alter column items.note default 'none'")),
        new Scenario("comment a column", "@Column(name = \"note\", length = 200)",
            "@org.hibernate.annotations.Comment(\"Free text, shown to 'editors'\") @Column(name = \"note\", length = 200)",
            List.of("alter column items.note comment")),
        new Scenario("comment the table", "@Table(name = \"items\",",
            "@org.hibernate.annotations.Comment(\"Stock items\") @Table(name = \"items\",",
            List.of("comment on table items")),
        new Scenario("drop an index", "indexes = @Index(name = \"ix_items_name\", columnList = \"name\")",
            "indexes = {}", List.of("drop index ix_items_name on items")),
        new Scenario("index two columns", "columnList = \"name\")", "columnList = \"name, note\")",
            List.of("drop index ix_items_name on items", "create index ix_items_name on items")),
        new Scenario("add a unique constraint", "@Table(name = \"items\",",
            "@Table(name = \"items\", uniqueConstraints = @UniqueConstraint(name = \"uk_items_note\","
                + " columnNames = \"note\"),",
            List.of("add unique constraint uk_items_note on items")),
        new Scenario("add a many-to-one", "// more",
            "@ManyToOne @JoinColumn(name = \"owner_id\", foreignKey = @ForeignKey(name = \"fk_items_owner\"))"
                + " Owner owner;",
            List.of("add column items.owner_id", "add foreign key fk_items_owner on items")),
        new Scenario("add a many-to-one deleted with its owner", "// more",
            "@ManyToOne @org.hibernate.annotations.OnDelete(action ="
                + " org.hibernate.annotations.OnDeleteAction.CASCADE) @JoinColumn(name = \"owner_id\","
                + " foreignKey = @ForeignKey(name = \"fk_items_owner\")) Owner owner;",
            List.of("add column items.owner_id", "add foreign key fk_items_owner on items")),
        new Scenario("add an element collection", "// more",
            "@ElementCollection @CollectionTable(name = \"item_tags\", joinColumns = @JoinColumn(name ="
                + " \"item_id\", foreignKey = @ForeignKey(name = \"fk_tags_item\"))) @Column(name = \"tag\","
                + " length = 30) java.util.Set<String> tags;",
            List.of("create table item_tags")),
        new Scenario("drop a table", "@Entity\n@Table(name = \"owners\")", "", List.of("drop table owners")),
        new Scenario("integer to bigint", "Integer qty", "Long qty",
            List.of("alter column items.qty type integer -> bigint")),
        new Scenario("date to timestamp", "java.time.LocalDate due", "java.time.LocalDateTime due",
            List.of("alter column items.due type date -> timestamp(6)")),
        new Scenario("rename an index only", "name = \"ix_items_name\"", "name = \"ix_items_by_name\"",
            List.of()),
        new Scenario("reorder fields", "@Column(name = \"name\", length = 100) String name;\n"
            + "  @Column(name = \"price\", precision = 8, scale = 2) BigDecimal price;",
            "@Column(name = \"price\", precision = 8, scale = 2) BigDecimal price;\n"
                + "  @Column(name = \"name\", length = 100) String name;",
            List.of()),
        new Scenario("swap index columns", "columnList = \"name\")", "columnList = \"note, name\")",
            List.of("drop index ix_items_name on items", "create index ix_items_name on items")),
        // the owner's id is written the same way: the name on the next line makes the edit the item's
        new Scenario("number ids from a sequence", "@Id @Column(name = \"id\") Long id;\n  @Column(name = \"name\"",
            "@Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"items\")"
                + " @SequenceGenerator(name = \"items\", sequenceName = \"items_seq\", allocationSize = 20)"
                + " @Column(name = \"id\") Long id;\n  @Column(name = \"name\"",
            List.of("create sequence items_seq")));
    List<Arguments> arguments = new ArrayList<>();
    for (Scenario scenario : all) {
      for (DatabaseKind kind : DatabaseKind.values()) {
        arguments.add(Arguments.of(scenario, kind));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("scenarios")
  void eachChangeGivesExactlyItsOperations(Scenario scenario, DatabaseKind kind) throws Exception {
    String item = BASE.replace(scenario.from(), scenario.to());
    String owner = OWNER.replace(scenario.from(), scenario.to());
    assertThat(item.equals(BASE) && owner.equals(OWNER)).as("the edit applies").isFalse();
    try (TestDatabase db = TestDatabase.create(kind);
        URLClassLoader before = compile("before", BASE, OWNER);
        URLClassLoader after = compile("after", item, owner)) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      apply(db, dialect, autogen(db, dialect, before));
      List<SchemaOp> upgrade = autogen(db, dialect, after);
      assertThat(upgrade).extracting(SchemaOp::describe).isEqualTo(scenario.expected());
      apply(db, dialect, upgrade);
      assertThat(autogen(db, dialect, after)).as("nothing left after the upgrade").isEmpty();
      List<SchemaOp> downgrade = new ArrayList<>();
      for (int i = upgrade.size() - 1; i >= 0; i--) {
        downgrade.add(upgrade.get(i).reverse());
      }
      apply(db, dialect, downgrade);
      assertThat(autogen(db, dialect, before)).as("the downgrade restores the schema").isEmpty();
    }
  }

  private URLClassLoader compile(String name, String item, String owner) throws Exception {
    Path sources = Files.createDirectories(dir.resolve(name + "/src/evo"));
    Path classes = Files.createDirectories(dir.resolve(name + "/classes"));
    Files.writeString(sources.resolve("Item.java"), item);
    Files.writeString(sources.resolve("Owner.java"), owner);
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path"), "-proc:none", "-nowarn",
        sources.resolve("Item.java").toString(), sources.resolve("Owner.java").toString());
    assertThat(status).isZero();
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
  }

  private static List<SchemaOp> autogen(TestDatabase db, SqlDialect dialect, ClassLoader entities)
      throws Exception {
    try (Connection c = db.connect()) {
      return new Autogenerator(dialect).compare(c, "evo", entities).upgrade();
    }
  }

  private static void apply(TestDatabase db, SqlDialect dialect, List<SchemaOp> ops) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (SchemaOp op : ops) {
        for (String sql : dialect.toSql(op)) {
          s.execute(sql);
        }
      }
    }
  }
}
