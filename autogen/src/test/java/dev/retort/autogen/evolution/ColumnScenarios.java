package dev.retort.autogen.evolution;

import static dev.retort.autogen.evolution.Scenario.edit;

import java.util.List;

/** Columns: added, dropped, retyped, made (not) null, given defaults and comments. */
final class ColumnScenarios {
  private ColumnScenarios() {}

  static List<Scenario> all() {
    return List.of(
        edit("add a column", "// more", "@Column(name = \"added\") Integer added;",
            "add column items.added"),
        edit("drop a column", "@Column(name = \"note\", length = 200) String note;", "",
            "drop column items.note"),
        edit("widen a varchar", "length = 100) String name", "length = 300) String name",
            "alter column items.name type varchar(100) -> varchar(300)"),
        edit("narrow a varchar", "length = 200) String note", "length = 50) String note",
            "alter column items.note type varchar(200) -> varchar(50)"),
        edit("make a column not null", "@Column(name = \"note\", length = 200)",
            "@Column(name = \"note\", length = 200, nullable = false)",
            "alter column items.note not null"),
        edit("change numeric precision", "precision = 8, scale = 2", "precision = 12, scale = 3",
            "alter column items.price type numeric(8,2) -> numeric(12,3)"),
        edit("add a default", "@Column(name = \"note\", length = 200)",
            "@org.hibernate.annotations.ColumnDefault(\"'none'\") @Column(name = \"note\", length = 200)",
            "alter column items.note default 'none'"),
        edit("comment a column", "@Column(name = \"note\", length = 200)",
            "@org.hibernate.annotations.Comment(\"Free text, shown to 'editors'\")"
                + " @Column(name = \"note\", length = 200)",
            "alter column items.note comment"),
        edit("integer to bigint", "Integer qty", "Long qty",
            "alter column items.qty type integer -> bigint"),
        edit("date to timestamp", "java.time.LocalDate due", "java.time.LocalDateTime due",
            "alter column items.due type date -> timestamp(6)"),
        edit("reorder fields", "@Column(name = \"name\", length = 100) String name;\n"
            + "  @Column(name = \"price\", precision = 8, scale = 2) BigDecimal price;",
            "@Column(name = \"price\", precision = 8, scale = 2) BigDecimal price;\n"
                + "  @Column(name = \"name\", length = 100) String name;"));
  }
}
