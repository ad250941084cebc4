package dev.retort.engine.review;

import dev.retort.engine.risk.RiskLevel;
import dev.retort.engine.risk.RiskReason;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A review as JSON for tools, with field names that stay: {@code judgedFor}, {@code summary}, {@code revisions[]}
 * (each {@code id}, {@code message}, {@code operations[]}), and per operation {@code description}, {@code table},
 * {@code risk}, {@code reasons[]} ({@code kind}, {@code text}), {@code safer}, {@code sql} (statements per
 * database) and {@code rows}; null where there is no value. Indented by two spaces, so diffs read well.
 */
public final class JsonReport {
  private JsonReport() {}

  public static String of(Review review) {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"judgedFor\": ").append(string(review.judgedFor())).append(",\n");
    json.append("  \"rowsKnown\": ").append(review.rowsKnown()).append(",\n");
    json.append("  \"summary\": {\"revisions\": ").append(review.revisions().size())
        .append(", \"operations\": ").append(review.operations().size());
    for (RiskLevel level : List.of(RiskLevel.DANGER, RiskLevel.CAUTION, RiskLevel.SAFE)) {
      json.append(", ").append(string(level.label())).append(": ").append(review.count(level));
    }
    json.append("},\n  \"revisions\": [");
    String separator = "\n";
    for (ReviewedRevision revision : review.revisions()) {
      json.append(separator);
      revision(json, revision);
      separator = ",\n";
    }
    json.append(review.revisions().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return json.toString();
  }

  private static void revision(StringBuilder json, ReviewedRevision revision) {
    json.append("    {\n      \"id\": ").append(string(revision.id())).append(",\n");
    json.append("      \"message\": ").append(string(revision.message())).append(",\n");
    json.append("      \"operations\": [");
    String separator = "\n";
    for (ReviewedOperation op : revision.operations()) {
      json.append(separator);
      operation(json, op);
      separator = ",\n";
    }
    json.append(revision.operations().isEmpty() ? "]\n    }" : "\n      ]\n    }");
  }

  private static void operation(StringBuilder json, ReviewedOperation op) {
    String in = "          ";
    json.append("        {\n");
    json.append(in).append("\"description\": ").append(string(op.description())).append(",\n");
    json.append(in).append("\"table\": ").append(string(op.table())).append(",\n");
    json.append(in).append("\"risk\": ").append(string(op.risk().level().label())).append(",\n");
    json.append(in).append("\"reasons\": [");
    String separator = "";
    for (RiskReason reason : op.risk().reasons()) {
      json.append(separator).append("{\"kind\": ").append(string(reason.kind().name().toLowerCase(Locale.ROOT)))
          .append(", \"text\": ").append(string(reason.text())).append('}');
      separator = ", ";
    }
    json.append("],\n");
    json.append(in).append("\"safer\": ").append(string(op.risk().saferWay())).append(",\n");
    json.append(in).append("\"sql\": {");
    separator = "";
    for (Map.Entry<String, List<String>> dialect : op.sql().entrySet()) {
      json.append(separator).append(string(dialect.getKey())).append(": [");
      String comma = "";
      for (String statement : dialect.getValue()) {
        json.append(comma).append(string(statement));
        comma = ", ";
      }
      json.append(']');
      separator = ", ";
    }
    json.append("},\n");
    json.append(in).append("\"rows\": ").append(op.rows() == null ? "null" : op.rows().toString()).append('\n');
    json.append("        }");
  }

  /** A JSON string with every character RFC 8259 requires escaped, or {@code null}. */
  static String string(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
