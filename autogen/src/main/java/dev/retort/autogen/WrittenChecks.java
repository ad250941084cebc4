package dev.retort.autogen;

import dev.retort.autogen.compare.CheckMeaning;
import dev.retort.engine.schema.CheckDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks compared as written, where no database can say what they mean, except that the order of a
 * conjunction of parenthesised parts ({@code (a) and (b)}) does not matter: Hibernate joins a column's unnamed
 * checks (Bean Validation's {@code @Min} and {@code @Max}) in an order that differs from one run to the next.
 */
final class WrittenChecks implements CheckMeaning {
  static final WrittenChecks INSTANCE = new WrittenChecks();

  private static final String AND = " and ";

  private WrittenChecks() {}

  @Override
  public boolean means(String table, CheckDef wanted, CheckDef stored) {
    String a = wanted.expression();
    String b = stored.expression();
    return a.equals(b) || sorted(a).equals(sorted(b));
  }

  /** The parts of a top-level conjunction of parenthesised parts, sorted; the expression alone otherwise. */
  private static List<String> sorted(String expression) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\'') {
        // a literal may hold parentheses and "and": skip to its end
        int end = expression.indexOf('\'', i + 1);
        if (end < 0) {
          return List.of(expression);
        }
        i = end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && expression.startsWith(AND, i)) {
        parts.add(expression.substring(start, i));
        start = i + AND.length();
        i = start - 1;
      }
    }
    parts.add(expression.substring(start));
    if (parts.size() == 1 || parts.stream().anyMatch(p -> !p.startsWith("(") || !p.endsWith(")"))) {
      return List.of(expression);
    }
    return parts.stream().sorted().toList();
  }
}
