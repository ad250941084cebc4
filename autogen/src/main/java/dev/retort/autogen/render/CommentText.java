package dev.retort.autogen.render;

/**
 * Free text (a message, a name from the database) made safe inside the comments of generated source. javac
 * translates unicode escapes (a backslash, {@code u} and four hex digits) before it sees comments at all, so
 * the escape of a star and a slash ends a comment and that of a line feed ends a line comment. A backslash is
 * therefore never written as it is: in Javadoc it becomes {@code &#92;}, which reads the same once rendered;
 * in a line comment it is doubled, and a doubled backslash starts no escape. The text stays exact in the
 * {@code @Revision} string, which JavaPoet escapes.
 */
final class CommentText {
  private CommentText() {}

  /** For a Javadoc comment: no end of comment, no unicode escape, no tag, no stray line terminator. */
  static String javadoc(String text) {
    StringBuilder safe = new StringBuilder();
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < lines.length(); i++) {
      char c = lines.charAt(i);
      if (c == '\\') {
        safe.append("&#92;");
      } else if (c == '/' && i > 0 && lines.charAt(i - 1) == '*') {
        safe.append("&#47;");
      } else if (c == '@') {
        safe.append("&#64;");
      } else if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        safe.append("&#").append((int) c).append(';');
      } else {
        safe.append(c);
      }
    }
    return safe.toString();
  }

  /** For a {@code //} comment, which any line terminator ends: the text on one line. */
  static String line(String text) {
    return text.replace("\\", "\\\\").replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }
}
