package dev.retort.autogen.evolution;

import static dev.retort.autogen.evolution.Scenario.between;
import static dev.retort.autogen.evolution.Scenario.change;
import static dev.retort.autogen.evolution.Scenario.edit;
import static dev.retort.autogen.evolution.Scenario.undo;
import static dev.retort.engine.testing.DatabaseKind.MARIADB;

import java.util.List;

/** Columns: added, dropped, retyped, made (not) null, given defaults and comments. */
final class ColumnScenarios {
  private static final String NOTE = "@Column(name = \"note\", length = 200)";
  private static final Sources NOTE_NOT_NULL = Sources.base().edit(NOTE,
      "@Column(name = \"note\", length = 200, nullable = false)");
  private static final Sources NOTE_DEFAULT = Sources.base().edit(NOTE,
      "@org.hibernate.annotations.ColumnDefault(\"'none'\") " + NOTE);
  private static final Sources NOTE_COMMENT = Sources.base().edit(NOTE,
      "@org.hibernate.annotations.Comment(\"Free text, shown to 'editors'\") " + NOTE);
  private static final Sources DUE_TIMESTAMP = Sources.base().edit("java.time.LocalDate due",
      "java.time.LocalDateTime due");

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
        change("make a column not null", NOTE_NOT_NULL, "alter column items.note not null"),
        edit("change numeric precision", "precision = 8, scale = 2", "precision = 12, scale = 3",
            "alter column items.price type numeric(8,2) -> numeric(12,3)"),
        change("add a default", NOTE_DEFAULT, "alter column items.note default 'none'"),
        change("comment a column", NOTE_COMMENT, "alter column items.note comment"),
        edit("integer to bigint", "Integer qty", "Long qty",
            "alter column items.qty type integer -> bigint"),
        edit("date to timestamp", "java.time.LocalDate due", "java.time.LocalDateTime due",
            "alter column items.due type date -> timestamp(6)"),
        edit("reorder fields", "@Column(name = \"name\", length = 100) String name;\n"
            + "  @Column(name = \"price\", precision = 8, scale = 2) BigDecimal price;",
            "@Column(name = \"price\", precision = 8, scale = 2) BigDecimal price;\n"
                + "  @Column(name = \"name\", length = 100) String name;"),
        undo("make a column nullable again", NOTE_NOT_NULL, "alter column items.note null"),
        undo("drop a default", NOTE_DEFAULT, "alter column items.note default dropped"),
        between("change a default", NOTE_DEFAULT, NOTE_DEFAULT.edit("'none'", "'n/a'"),
            "alter column items.note default 'n/a'"),
        undo("remove a column comment", NOTE_COMMENT, "alter column items.note comment"),
        between("change a column comment", NOTE_COMMENT, NOTE_COMMENT.edit("Free text, shown", "Shown"),
            "alter column items.note comment"),
        // a rename Retort was not told about is a drop and an add; autogenerate warns with --rename
        edit("rename a column", "@Column(name = \"note\"", "@Column(name = \"remark\"",
            "add column items.remark", "drop column items.note"),
        // MariaDB matches column names ignoring case: there too the column stays as it is
        edit("change the case of a column name", "@Column(name = \"note\"", "@Column(name = \"NOTE\""),
        edit("integer to varchar", "@Column(name = \"qty\") Integer qty",
            "@Column(name = \"qty\", length = 20) String qty",
            "alter column items.qty type integer -> varchar(20)"),
        edit("varchar to unbounded text", "length = 200) String note",
            "length = org.hibernate.Length.LONG32) String note",
            "alter column items.note type varchar(200) -> text"),
        edit("add a lob column", "// more", "@Lob @Column(name = \"body\") String body;",
            "add column items.body"),
        edit("add a UUID column", "// more", "@Column(name = \"ref\") java.util.UUID ref;",
            "add column items.ref"),
        edit("add a version column", "// more", "@Version @Column(name = \"version\") Integer version;",
            "add column items.version"),
        edit("add a boolean column", "// more", "@Column(name = \"active\") Boolean active;",
            "add column items.active"),
        edit("add a floating-point column", "// more", "@Column(name = \"weight\") Double weight;",
            "add column items.weight"),
        edit("add a binary column", "// more", "@Column(name = \"digest\", length = 32) byte[] digest;",
            "add column items.digest"),
        edit("add a time column", "// more", "@Column(name = \"opens\") java.time.LocalTime opens;",
            "add column items.opens"),
        edit("add a duration column", "// more",
            "@Column(name = \"shelf_life\") java.time.Duration shelfLife;", "add column items.shelf_life"),
        edit("add an array column", "// more", "@Column(name = \"sizes\") Integer[] sizes;",
            "add column items.sizes"),
        edit("add a JSON column", "// more",
            "@org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)"
                + " @Column(name = \"attributes\") java.util.Map<String, String> attributes;",
            "add column items.attributes"),
        edit("add a not null column with a default", "// more",
            "@org.hibernate.annotations.ColumnDefault(\"0\")"
                + " @Column(name = \"reserved\", nullable = false) Integer reserved;",
            "add column items.reserved"),
        edit("add a column defaulting to now", "// more",
            "@org.hibernate.annotations.ColumnDefault(\"CURRENT_TIMESTAMP\") @Column(name = \"created_at\")"
                + " java.time.LocalDateTime createdAt;",
            "add column items.created_at"),
        edit("add a transient field", "// more", "@Transient Integer cached;"),
        edit("make the key an identity", "Item {\n  @Id",
            "Item {\n  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)",
            "alter column items.id identity"),
        between("timestamp precision", DUE_TIMESTAMP, DUE_TIMESTAMP.edit("java.time.LocalDateTime due",
                "@org.hibernate.annotations.FractionalSeconds(3) java.time.LocalDateTime due"),
            "alter column items.due type timestamp(6) -> timestamp(3)"),
        between("local to offset timestamp", DUE_TIMESTAMP, DUE_TIMESTAMP.edit("java.time.LocalDateTime due",
                "java.time.OffsetDateTime due"),
            "alter column items.due type timestamp(6) -> timestamp_tz(6)")
            // MariaDB has no time-zoned timestamp: both are datetime(6)
            .on(MARIADB));
  }
}
