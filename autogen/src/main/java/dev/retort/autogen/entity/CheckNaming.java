package dev.retort.autogen.entity;

import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.schema.CheckDef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * The CHECK constraints of one Hibernate table, with names. Hibernate leaves most of them unnamed (enum
 * values, Bean Validation ranges) and the database would then choose one; a migration needs a name it can
 * drop later, so unnamed checks are called {@code ck_<table>_<column>} (column checks) or
 * {@code ck_<table>} (table checks), numbered from {@code _2} when a name repeats, and shortened with a hash
 * past the 63 characters PostgreSQL keeps. Names never make a difference: checks are compared by meaning.
 */
final class CheckNaming {
  private static final int MAX_LENGTH = 63;

  private final SqlDialect dialect;
  private final String table;
  private final Set<String> taken = new HashSet<>();

  private final Set<String> enumColumns;

  /** @param enumColumns Hibernate's names of the columns read as the portable ENUM type */
  CheckNaming(SqlDialect dialect, String table, Set<String> enumColumns) {
    this.dialect = dialect;
    this.table = table;
    this.enumColumns = Set.copyOf(enumColumns);
  }

  /**
   * Column checks in column order, then table checks, as Hibernate's export writes them: a column's unnamed
   * checks are one constraint, {@code (a) and (b)} (its enum values and Bean Validation's {@code @Min} and
   * {@code @Max}, say), each named one a constraint of its own. Read after the column types were resolved,
   * which is when Hibernate adds the enum checks.
   */
  List<CheckDef> checks(Table hibernateTable) {
    List<CheckDef> checks = new ArrayList<>();
    for (Column column : hibernateTable.getColumns()) {
      if (column.getCheckConstraints().isEmpty()) {
        continue; // most columns: no pipeline to build
      }
      // an enum's values are part of its column's portable type, not a constraint of their own
      List<CheckConstraint> anonymous = column.getCheckConstraints().stream()
          .filter(CheckConstraint::isAnonymous)
          .filter(c -> !(enumColumns.contains(column.getName()) && EnumColumns.isValuesCheck(column, c.getConstraint())))
          // Hibernate's order differs from run to run; the written migration must not
          .sorted(Comparator.comparing(CheckConstraint::getConstraint))
          .toList();
      if (!anonymous.isEmpty()) {
        String expression = anonymous.size() == 1 ? anonymous.get(0).getConstraint()
            : anonymous.stream().map(CheckConstraint::getConstraintInParens).collect(Collectors.joining(" and "));
        checks.add(new CheckDef(unique("ck_" + table + "_" + column.getName()), expression));
      }
      column.getCheckConstraints().stream().filter(CheckConstraint::isNamed).forEach(c -> checks.add(named(c)));
    }
    for (CheckConstraint check : hibernateTable.getChecks()) {
      checks.add(check.isNamed() ? named(check) : new CheckDef(unique("ck_" + table), check.getConstraint()));
    }
    return checks;
  }

  private CheckDef named(CheckConstraint check) {
    String name = dialect.unquotedName(check.getName());
    taken.add(name);
    return new CheckDef(name, check.getConstraint());
  }

  private String unique(String base) {
    String name = fit(dialect.unquotedName(base));
    for (int n = 2; taken.contains(name); n++) {
      name = fit(dialect.unquotedName(base + "_" + n));
    }
    taken.add(name);
    return name;
  }

  private static String fit(String name) {
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    return name.substring(0, MAX_LENGTH - 9) + "_" + hash(name);
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
