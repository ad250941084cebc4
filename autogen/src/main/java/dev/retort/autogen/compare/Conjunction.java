package dev.retort.autogen.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CHECK expression that is a conjunction, {@code (a) and (b)}, whose order does not change what it allows:
 * Hibernate joins a column's unnamed checks (Bean Validation's {@code @Min} and {@code @Max}) in an order that
 * differs from one run to the next, so a database it exported may hold them in either order.
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
   * prints it, is looked through); the expression alone otherwise. Either every part is parenthesised, or
   * nothing at the top binds more loosely than {@code and} ({@code or}, {@code xor}, {@code ||}) and no
   * {@code and} there belongs to something else ({@code between}, {@code case}): MariaDB prints
   * {@code `a` >= 1 and `a` <= 9}.
   */
  public static List<String> sortedParts(String expression) {
    String masked = masked(expression);
    if (masked == null) {
      return List.of(expression);
    }
    String text = expression;
    if (enclosed(masked)) {
      text = expression.substring(1, expression.length() - 1);
      masked = masked.substring(1, masked.length() - 1);
    }
    List<String> parts = split(text, masked);
    if (parts.size() == 1) {
      return List.of(expression);
    }
    boolean parenthesised = parts.stream().allMatch(p -> enclosed(masked(p)));
    if (!parenthesised && !plain(masked)) {
      return List.of(expression);
    }
    return parts.stream().sorted().toList();
  }

  /**
   * The expression with what its string literals hold blanked out (quotes kept), lower case, so that only
   * its own words and parentheses are seen; null when a literal does not end.
   */
  private static String masked(String expression) {
    StringBuilder out = new StringBuilder(expression.length());
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\'') {
        int end = expression.indexOf('\'', i + 1);
        if (end < 0) {
          return null;
        }
        out.append('\'').append(" ".repeat(end - i - 1)).append('\'');
        i = end;
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** {@code text} cut at each {@code and} outside parentheses (found in {@code masked}), white space around it. */
  private static List<String> split(String text, String masked) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && Character.isWhitespace(c)) {
        int and = i + blanks(masked, i);
        int after = and + AND.length();
        if (masked.startsWith(AND, and) && after < masked.length() && Character.isWhitespace(masked.charAt(after))) {
          parts.add(text.substring(start, i).strip());
          start = after + blanks(masked, after);
          i = start - 1;
        }
      }
    }
    parts.add(text.substring(start).strip());
    return parts;
  }

  /** Whether, outside parentheses, nothing binds more loosely than {@code and} or takes an {@code and} of its own. */
  private static boolean plain(String masked) {
    StringBuilder top = new StringBuilder(" ");
    int depth = 0;
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        top.append(' ');
      } else if (depth == 0) {
        top.append(Character.isWhitespace(c) ? ' ' : c);
      }
    }
    String words = top.append(' ').toString();
    return !words.contains(" or ") && !words.contains(" xor ") && !words.contains("||") && !words.contains("&&")
        && !words.contains(" between ") && !words.contains(" case ");
  }

  /** How many white-space characters start at {@code from}. */
  private static int blanks(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i - from;
  }

  /** Whether one pair of parentheses holds the whole (masked) expression. */
  private static boolean enclosed(String masked) {
    if (masked == null || !masked.startsWith("(") || !masked.endsWith(")")) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0 && i < masked.length() - 1) {
        return false;
      }
    }
    return depth == 0;
  }
}
