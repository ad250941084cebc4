package dev.retort.autogen.evolution;

import static dev.retort.autogen.evolution.Scenario.between;
import static dev.retort.autogen.evolution.Scenario.change;
import static dev.retort.autogen.evolution.Scenario.edit;
import static dev.retort.autogen.evolution.Scenario.undo;
import static dev.retort.engine.testing.DatabaseKind.MARIADB;

import java.util.List;

/** Indexes, unique constraints and foreign keys. */
final class KeyScenarios {
  private static final String ON_DELETE = "@org.hibernate.annotations.OnDelete(action ="
      + " org.hibernate.annotations.OnDeleteAction.";
  private static final Sources OWNED = Sources.base().edit("// more", "@ManyToOne @JoinColumn(name ="
      + " \"owner_id\", foreignKey = @ForeignKey(name = \"fk_items_owner\")) Owner owner;");
  private static final Sources CASCADING = OWNED.edit("@ManyToOne", "@ManyToOne " + ON_DELETE + "CASCADE)");
  private static final Sources NOTE_UNIQUE = Sources.base().edit("@Table(name = \"items\",",
      "@Table(name = \"items\", uniqueConstraints = @UniqueConstraint(name = \"uk_items_note\","
          + " columnNames = \"note\"),");
  private static final Sources PARTS = Sources.base().with("Part", """
      @Entity
      @Table(name = "parts")
      public class Part {
        @Id @Column(name = "id") Long id;
      }
      """);

  private KeyScenarios() {}

  static List<Scenario> all() {
    return List.of(
        edit("drop an index", "indexes = @Index(name = \"ix_items_name\", columnList = \"name\")",
            "indexes = {}", "drop index ix_items_name on items"),
        edit("index two columns", "columnList = \"name\")", "columnList = \"name, note\")",
            "drop index ix_items_name on items", "create index ix_items_name on items"),
        edit("rename an index only", "name = \"ix_items_name\"", "name = \"ix_items_by_name\""),
        edit("swap index columns", "columnList = \"name\")", "columnList = \"note, name\")",
            "drop index ix_items_name on items", "create index ix_items_name on items"),
        change("add a unique constraint", NOTE_UNIQUE, "add unique constraint uk_items_note on items"),
        undo("drop a unique constraint", NOTE_UNIQUE, "drop unique constraint uk_items_note on items"),
        change("add a many-to-one", OWNED,
            "add column items.owner_id", "add foreign key fk_items_owner on items"),
        change("add a many-to-one deleted with its owner", CASCADING,
            "add column items.owner_id", "add foreign key fk_items_owner on items"),
        undo("drop a many-to-one", OWNED,
            "drop foreign key fk_items_owner on items", "drop column items.owner_id"),
        between("cascade deletes from the owner", OWNED, CASCADING,
            "drop foreign key fk_items_owner on items", "add foreign key fk_items_owner on items"),
        between("stop cascading deletes", CASCADING, OWNED,
            "drop foreign key fk_items_owner on items", "add foreign key fk_items_owner on items"),
        between("cascade to set null", CASCADING, CASCADING.edit("CASCADE)", "SET_NULL)"),
            "drop foreign key fk_items_owner on items", "add foreign key fk_items_owner on items"),
        between("make a many-to-one required", OWNED,
            OWNED.edit("@ManyToOne", "@ManyToOne(optional = false)"), "alter column items.owner_id not null"),
        change("add a self reference", Sources.base().edit("// more", "@ManyToOne @JoinColumn(name ="
                + " \"parent_id\", foreignKey = @ForeignKey(name = \"fk_items_parent\")) Item parent;"),
            "add column items.parent_id", "add foreign key fk_items_parent on items"),
        change("add a one-to-one", Sources.base().edit("// more", "@OneToOne @JoinColumn(name ="
                + " \"owner_id\", foreignKey = @ForeignKey(name = \"fk_items_owner\")) Owner owner;"),
            "add column items.owner_id", "add unique constraint ukqwj3kj9a8x1uakxvrvu6tf1mq on items",
            "add foreign key fk_items_owner on items")
            // Hibernate names the key UKqwj3...; MariaDB keeps the case of index names
            .on(MARIADB, "add column items.owner_id",
                "add unique constraint UKqwj3kj9a8x1uakxvrvu6tf1mq on items",
                "add foreign key fk_items_owner on items"),
        between("add a one-to-many with a join column", PARTS, PARTS.edit("// more", "@OneToMany"
                + " @JoinColumn(name = \"item_id\", foreignKey = @ForeignKey(name = \"fk_parts_item\"))"
                + " java.util.Set<Part> parts;"),
            "add column parts.item_id", "add foreign key fk_parts_item on parts"),
        edit("mark a column unique", "length = 200)", "length = 200, unique = true)",
            "add unique constraint uk8ogsbdqw2oh5uvxyxlkexya9j on items")
            .on(MARIADB, "add unique constraint UK8ogsbdqw2oh5uvxyxlkexya9j on items"),
        between("widen a referenced key", OWNED.edit("@Id @Column(name = \"id\") Long id;\n}",
                "@Id @Column(name = \"id\") Integer id;\n}"), OWNED,
            // the key goes while both its columns change type, and comes back after
            "drop foreign key fk_items_owner on items",
            "alter column items.owner_id type integer -> bigint",
            "alter column owners.id type integer -> bigint",
            "add foreign key fk_items_owner on items"),
        between("index a foreign key column", OWNED, OWNED.edit("indexes = @Index(",
                "indexes = {@Index(name = \"ix_items_owner\", columnList = \"owner_id\"), @Index(")
                .edit("columnList = \"name\")", "columnList = \"name\")}"),
            "create index ix_items_owner on items")
            // InnoDB lets the new index serve the key and will not drop it while the key stands: the key goes
            // around it, here and in the downgrade
            .on(MARIADB, "drop foreign key fk_items_owner on items", "create index ix_items_owner on items",
                "add foreign key fk_items_owner on items"),
        // Hibernate makes a unique @Index a unique key, as its own export writes it
        edit("make an index unique", "columnList = \"name\")", "columnList = \"name\", unique = true)",
            "drop index ix_items_name on items", "add unique constraint ix_items_name on items"));
  }
}
