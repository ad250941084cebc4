package dev.retort.corpus;

import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.SequenceDef;
import dev.retort.engine.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A schema as lines, one per object, so that two schemas compare object by object and a failure shows
 * exactly which objects differ. Without names, constraints and indexes are told apart by their columns.
 */
final class SchemaShape {
  private static final Pattern ARRAY = Pattern.compile("ARRAY\\[([^\\]]*)\\]");

  private SchemaShape() {}

  /** Every object with what it is made of; names only where {@code withNames}. */
  static List<String> of(SchemaModel schema, boolean withNames) {
    return of(schema, withNames, true);
  }

  /**
   * As above; without {@code columnOrder} a table's columns are listed by name. Hibernate's column
   * ordering strategy places columns of the same size in an order that changes from one metadata build to
   * the next within a JVM (Keycloak's COMPOSITE_ROLE: COMPOSITE, CHILD_ROLE after a MariaDB build, the
   * reverse after a PostgreSQL one), so two builds can disagree on it while agreeing on everything else.
   */
  static List<String> of(SchemaModel schema, boolean withNames, boolean columnOrder) {
    List<String> lines = new ArrayList<>();
    for (TableDef table : schema.tables()) {
      String t = table.name();
      lines.add("table " + t);
      List<String> columns = table.columns().stream().map(c -> t + " column " + column(c)).toList();
      lines.addAll(columnOrder ? columns : columns.stream().sorted().toList());
      if (table.primaryKey() != null) {
        // a name the database chose (H2's CONSTRAINT_1F, MariaDB's PRIMARY) is not the project's
        String key = table.primaryKey().name();
        boolean chosen = key != null && key.matches("(?i)constraint_[0-9a-f]+|primary");
        lines.add(t + " primary key " + name(chosen ? null : key, withNames) + table.primaryKey().columns());
      }
      lines.addAll(sorted(table.uniques().stream()
          .map(u -> t + " unique " + name(u.name(), withNames) + u.columns())));
      lines.addAll(sorted(table.indexes().stream()
          .map(i -> t + (i.unique() ? " unique index " : " index ") + name(i.name(), withNames) + i.columns())));
      lines.addAll(sorted(table.foreignKeys().stream().map(fk -> t + " foreign key " + name(fk.name(), withNames)
          + fk.columns() + " -> " + fk.referencedTable() + fk.referencedColumns() + " on delete " + fk.onDelete())));
      lines.addAll(sorted(table.checks().stream()
          .map(ck -> t + " check " + name(ck.name(), withNames) + valuesInOrder(ck.expression()))));
    }
    for (SequenceDef s : schema.sequences()) {
      lines.add("sequence " + s);
    }
    return lines;
  }

  /**
   * A check that allows a list of values means the same whatever their order: Hibernate lists an enum's
   * constants in declaration order on PostgreSQL, Retort's portable enum type sorted, as Hibernate does where
   * the database has an enum type.
   */
  static String valuesInOrder(String expression) {
    Matcher list = ARRAY.matcher(expression);
    if (!list.find()) {
      return expression;
    }
    String sorted = String.join(", ", Stream.of(list.group(1).split(", ")).sorted().toList());
    return expression.substring(0, list.start(1)) + sorted + expression.substring(list.end(1));
  }

  /** What {@code expected} has that {@code actual} lacks ("- ...") and the reverse ("+ ..."). */
  static List<String> difference(List<String> expected, List<String> actual) {
    List<String> lines = new ArrayList<>();
    expected.stream().filter(line -> !actual.contains(line)).forEach(line -> lines.add("- " + line));
    actual.stream().filter(line -> !expected.contains(line)).forEach(line -> lines.add("+ " + line));
    return lines;
  }

  /** Where two lists of the same lines first part in order ({@code [i] expected / actual}), or empty. */
  static List<String> firstOutOfOrder(List<String> expected, List<String> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        return List.of("[" + i + "] " + expected.get(i), "[" + i + "] " + actual.get(i));
      }
    }
    return List.of();
  }

  private static String column(ColumnDef c) {
    return c.name() + " " + c.type().describe() + (c.isNullable() ? "" : " not null")
        + (c.defaultValue() == null ? "" : " default " + c.defaultValue()) + (c.isIdentity() ? " identity" : "")
        + (c.generatedAs() == null ? "" : " generated as " + c.generatedAs())
        + (c.comment() == null ? "" : " comment " + c.comment());
  }

  private static String name(String name, boolean withNames) {
    return withNames && name != null ? name + " " : "";
  }

  private static List<String> sorted(Stream<String> lines) {
    return lines.sorted().toList();
  }

}
