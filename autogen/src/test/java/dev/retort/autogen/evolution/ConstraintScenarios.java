package dev.retort.autogen.evolution;

import static dev.retort.autogen.evolution.Scenario.between;
import static dev.retort.autogen.evolution.Scenario.change;
import static dev.retort.autogen.evolution.Scenario.edit;
import static dev.retort.autogen.evolution.Scenario.undo;
import static dev.retort.engine.testing.DatabaseKind.MARIADB;

import java.util.List;

/**
 * CHECK constraints from every source (Bean Validation, enums, Hibernate's and JPA's annotations), computed
 * columns, a sequence, and named schemas. Expressions are compared in the database's own spelling, so a
 * change in spelling alone gives nothing.
 */
final class ConstraintScenarios {
  private static final String QTY = "@Column(name = \"qty\") Integer qty";
  private static final Sources RANGED = Sources.base().edit(QTY,
      "@jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(10) " + QTY);
  private static final Sources PRICE_CHECKED = Sources.base().edit("public class Item {",
      "@org.hibernate.annotations.Check(name = \"ck_items_price\", constraints = \"price >= 0\")\n"
          + "public class Item {");
  private static final String STATE = "public enum State { NEW, USED }\n  // more";
  private static final Sources STATED = Sources.base().edit("// more", STATE
      + "\n  @Enumerated(EnumType.STRING) @Column(name = \"state\", length = 10) State state;");
  private static final Sources IN_ARCHIVE = Sources.base().edit("@Table(name = \"owners\")",
      "@Table(name = \"owners\", schema = \"archive\")");

  private static final Sources COMPUTED = Sources.base().edit("// more",
      "@org.hibernate.annotations.GeneratedColumn(\"qty * 2\") @Column(name = \"double_qty\") Integer doubleQty;");

  private ConstraintScenarios() {}

  static List<Scenario> all() {
    return List.of(
        edit("add a minimum", QTY, "@jakarta.validation.constraints.Min(1) " + QTY,
            "add check constraint ck_items_qty on items"),
        change("add a range", RANGED, "add check constraint ck_items_qty on items"),
        between("widen a range", RANGED, RANGED.edit("Max(10)", "Max(20)"),
            "drop check constraint ck_items_qty on items", "add check constraint ck_items_qty on items"),
        undo("drop a range", RANGED, "drop check constraint ck_items_qty on items"),
        change("add a Hibernate @Check", PRICE_CHECKED, "add check constraint ck_items_price on items"),
        between("change a @Check", PRICE_CHECKED, PRICE_CHECKED.edit("price >= 0", "price > 0"),
            "drop check constraint ck_items_price on items", "add check constraint ck_items_price on items"),
        // the database stores both the same way
        between("respell a @Check", PRICE_CHECKED, PRICE_CHECKED.edit("price >= 0", "(price>=0)")),
        edit("add a JPA column check", QTY, "@Column(name = \"qty\", check = @CheckConstraint(name ="
                + " \"ck_qty_positive\", constraint = \"qty > 0\")) Integer qty",
            "add check constraint ck_qty_positive on items"),
        // the values are the column's type everywhere: enum(...) on H2 and MariaDB, a check on PostgreSQL
        change("add a string enum", STATED, "add column items.state"),
        between("add an enum constant", STATED, STATED.edit("NEW, USED", "NEW, USED, RETIRED"),
            "alter column items.state type enum('NEW','USED') -> enum('NEW','RETIRED','USED')"),
        change("add an ordinal enum", Sources.base().edit("// more", STATE
                + "\n  @Enumerated(EnumType.ORDINAL) @Column(name = \"grade\") State grade;"),
            "add column items.grade", "add check constraint ck_items_grade on items"),
        edit("add a computed column", "// more", "@org.hibernate.annotations.GeneratedColumn(\"qty * 2\")"
                + " @Column(name = \"double_qty\") Integer doubleQty;", "add column items.double_qty"),
        // what a column is computed from changes by making it again
        between("change a computed column", COMPUTED, COMPUTED.edit("qty * 2", "qty * 3"),
            "drop column items.double_qty", "add column items.double_qty"),
        between("respell a computed column", COMPUTED, COMPUTED.edit("qty * 2", "(qty*2)")),
        // the owner's id is written the same way: the name on the next line makes the edit the item's
        edit("number ids from a sequence", "@Id @Column(name = \"id\") Long id;\n  @Column(name = \"name\"",
            "@Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"items\")"
                + " @SequenceGenerator(name = \"items\", sequenceName = \"items_seq\", allocationSize = 20)"
                + " @Column(name = \"id\") Long id;\n  @Column(name = \"name\"",
            "create sequence items_seq"),
        // MariaDB's schemas are databases: Hibernate leaves @Table(schema) out there, and so does Retort
        change("add an entity in a named schema", Sources.base().with("Invoice", """
                @Entity
                @Table(name = "invoices", schema = "billing")
                public class Invoice {
                  @Id @Column(name = "id") Long id;
                  @ManyToOne @JoinColumn(name = "item_id", foreignKey = @ForeignKey(name = "fk_invoices_item"))
                  Item item;
                }
                """),
            "create schema billing", "create table billing.invoices")
            .on(MARIADB, "create table invoices"),
        change("move a table into a named schema", IN_ARCHIVE,
            "drop table owners", "create schema archive", "create table archive.owners")
            .on(MARIADB));
  }
}
