package dev.retort.autogen.evolution;

import static dev.retort.autogen.evolution.Scenario.edit;

import java.util.List;

/** Tables: created and dropped with their entities and collections, commented. */
final class TableScenarios {
  private TableScenarios() {}

  static List<Scenario> all() {
    return List.of(
        edit("comment the table", "@Table(name = \"items\",",
            "@org.hibernate.annotations.Comment(\"Stock items\") @Table(name = \"items\",",
            "comment on table items"),
        edit("drop a table", "@Entity\n@Table(name = \"owners\")", "", "drop table owners"),
        edit("add an element collection", "// more",
            "@ElementCollection @CollectionTable(name = \"item_tags\", joinColumns = @JoinColumn(name ="
                + " \"item_id\", foreignKey = @ForeignKey(name = \"fk_tags_item\"))) @Column(name = \"tag\","
                + " length = 30) java.util.Set<String> tags;",
            "create table item_tags"));
  }
}
