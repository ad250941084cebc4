package dev.retort.engine.review;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.risk.RiskReason;
import java.util.List;
import java.util.Map;

/**
 * A review as Markdown for a pull-request comment, written to read as plain text too: the summary on the
 * first line, then each revision's operations as a numbered list, each with its risk, reasons, the safer way
 * and its SQL.
 */
public final class MarkdownReport {
  private static final String INDENT = "   ";

  private MarkdownReport() {}

  public static String of(Review review) {
    StringBuilder text = new StringBuilder(review.summary()).append("\n\n");
    text.append("Risk judged for ").append(Dialects.forName(review.judgedFor()).name()).append(review.rowsKnown()
        ? ", with the tables' estimated rows from the database.\n"
        : ", offline: any table may have rows.\n");
    if (review.revisions().isEmpty()) {
      text.append("\nNothing to review: no migration is waiting.\n");
    }
    for (ReviewedRevision revision : review.revisions()) {
      text.append("\n## Revision ").append(revision.id());
      if (!revision.message().isEmpty()) {
        text.append(": ").append(revision.message().strip().replaceAll("\\s+", " "));
      }
      text.append("\n\n");
      if (revision.operations().isEmpty()) {
        text.append("No operations.\n");
      }
      int number = 1;
      for (ReviewedOperation op : revision.operations()) {
        operation(text, number++, op);
      }
    }
    while (text.length() > 1 && text.charAt(text.length() - 1) == '\n' && text.charAt(text.length() - 2) == '\n') {
      text.setLength(text.length() - 1);
    }
    return text.toString();
  }

  private static void operation(StringBuilder text, int number, ReviewedOperation op) {
    text.append(number).append(". **").append(op.risk().level().label()).append("** ").append(op.description());
    if (op.rows() != null) {
      text.append(" (estimated rows: ").append(op.rows()).append(')');
    }
    text.append('\n');
    for (RiskReason reason : op.risk().reasons()) {
      text.append(INDENT).append("- ").append(reason.kind().label()).append(": ").append(reason.text()).append('\n');
    }
    if (op.risk().saferWay() != null) {
      text.append(INDENT).append("- safer: ").append(op.risk().saferWay()).append('\n');
    }
    sql(text, op.sql());
  }

  private static void sql(StringBuilder text, Map<String, List<String>> sql) {
    if (sql.values().stream().allMatch(List::isEmpty)) {
      return;
    }
    text.append('\n').append(INDENT).append("```sql\n");
    for (Map.Entry<String, List<String>> dialect : sql.entrySet()) {
      if (sql.size() > 1) {
        text.append(INDENT).append("-- ").append(dialect.getKey()).append('\n');
      }
      for (String statement : dialect.getValue()) {
        for (String line : (statement + ";").split("\n", -1)) {
          text.append(line.isEmpty() ? "" : INDENT + line).append('\n');
        }
      }
    }
    text.append(INDENT).append("```\n\n");
  }
}
