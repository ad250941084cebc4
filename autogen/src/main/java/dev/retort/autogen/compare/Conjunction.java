package dev.retort.autogen.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CHECK expression that is a conjunction, {@code (a) and (b)}, whose order does not
 * change what it allows: Hibernate joins a column's unnamed checks (Bean Validation's {@code @Min} and
 * {@code @Max}) in an order that differs from one run to the next, so a database it exported may hold them in
 * either order.
 */
public final class Conjunction {
  private static final String AND = "and";

  private Conjunction() {}

  /** Whether the two are the same text, or the same parts in another order. */
  public static boolean sameParts(String a, String b) {
    return a.equals(b) || sortedParts(a).equals(sortedParts(b));
  }

  /**
   * The parts of a top-level conjunction, sorted (one pair of parentheses around the whole, as PostgreSQL
   * prints it, is looked through); the expression alone otherwise. Parts are parenthesised, or the
   * conjunction is {@linkplain #plain plain}.
   */
  public static List<String> sortedParts(String expression) {
    List<String> parts = split(expression);
    if (parts.size() == 1 && enclosed(expression)) {
      parts = split(expression.substring(1, expression.length() - 1));
    }
    if (parts.size() == 1 || parts.stream().anyMatch(p -> !enclosed(p)) && !plain(expression)) {
      return List.of(expression);
    }
    return parts.stream().sorted().toList();
  }

  /**
   * Whether a conjunction without parentheses around its parts (MariaDB prints {@code `a` >= 1 and `a` <= 9})
   * is one at the top: no operator that binds more loosely than {@code and} ({@code or}, {@code xor}, {@code
   * ||}) and no {@code and} that belongs to something else ({@code between}, {@code case}) outside
   * parentheses and literals.
   */
  private static boolean plain(String expression) {
    StringBuilder top = new StringBuilder(" ");
    int depth = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\'') {
        int end = expression.indexOf('\'', i + 1);
        if (end < 0) {
          return false;
        }
        i = end;
        top.append(' ');
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        top.append(' ');
      } else if (depth == 0) {
        top.append(Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c));
      }
    }
    String text = top.append(' ').toString();
    return !text.contains(" or ") && !text.contains(" xor ") && !text.contains("||") && !text.contains("&&")
        && !text.contains(" between ") && !text.contains(" case ");
  }

  /** The expression cut at each {@code and} outside parentheses and literals, with any white space around it. */
  private static List<String> split(String expression) {
    String lower = expression.toLowerCase(Locale.ROOT);
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
      } else if (depth == 0 && Character.isWhitespace(c)) {
        int and = i + skip(expression, i);
        int after = and + AND.length();
        if (lower.startsWith(AND, and) && after < expression.length()
            && Character.isWhitespace(expression.charAt(after))) {
          parts.add(expression.substring(start, i).strip());
          start = after + skip(expression, after);
          i = start - 1;
        }
      }
    }
    parts.add(expression.substring(start).strip());
    return parts;
  }

  /** How many whitespace characters start at {@code from}. */
  private static int skip(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i - from;
  }

  /** Whether one pair of parentheses holds the whole expression. */
  private static boolean enclosed(String expression) {
    if (!expression.startsWith("(") || !expression.endsWith(")")) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\'') {
        int end = expression.indexOf('\'', i + 1);
        if (end < 0) {
          return false;
        }
        i = end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0 && i < expression.length() - 1) {
        return false;
      }
    }
    return depth == 0;
  }
}
