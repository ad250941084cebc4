package dev.retort.engine.runtime;

import java.util.regex.Pattern;

/**
 * Free text (a migration's message, a target as typed) as SQL line comments. Every line of it gets its own
 * {@code -- } so a line break in the text can never end the comment and start a statement, on any of the
 * databases or in psql.
 */
final class SqlComment {
  /** Whatever a database or client might take for the end of a line. */
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u000B\f\u0085\u2028\u2029]");
  /** Other control characters (NUL among them, which PostgreSQL refuses in a script) become spaces. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\t]]");

  private SqlComment() {}

  /** The comment lines for {@code text}, each ending in a line break. */
  static String of(String text) {
    StringBuilder comment = new StringBuilder();
    for (String line : LINE_BREAK.split(text, -1)) {
      comment.append("-- ").append(CONTROL.matcher(line).replaceAll(" ").stripTrailing()).append('\n');
    }
    return comment.toString();
  }
}
