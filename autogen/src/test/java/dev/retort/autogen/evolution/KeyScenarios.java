package dev.retort.autogen.evolution;

import static dev.retort.autogen.evolution.Scenario.edit;

import java.util.List;

/** Indexes, unique constraints and foreign keys. */
final class KeyScenarios {
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
        edit("add a unique constraint", "@Table(name = \"items\",",
            "@Table(name = \"items\", uniqueConstraints = @UniqueConstraint(name = \"uk_items_note\","
                + " columnNames = \"note\"),",
            "add unique constraint uk_items_note on items"),
        edit("add a many-to-one", "// more",
            "@ManyToOne @JoinColumn(name = \"owner_id\", foreignKey = @ForeignKey(name = \"fk_items_owner\"))"
                + " Owner owner;",
            "add column items.owner_id", "add foreign key fk_items_owner on items"),
        edit("add a many-to-one deleted with its owner", "// more",
            "@ManyToOne @org.hibernate.annotations.OnDelete(action ="
                + " org.hibernate.annotations.OnDeleteAction.CASCADE) @JoinColumn(name = \"owner_id\","
                + " foreignKey = @ForeignKey(name = \"fk_items_owner\")) Owner owner;",
            "add column items.owner_id", "add foreign key fk_items_owner on items"));
  }
}
