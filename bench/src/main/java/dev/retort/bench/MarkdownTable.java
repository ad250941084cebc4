package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;

/** A markdown table built row by row; the first column is left-aligned, the others right-aligned. */
final class MarkdownTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  MarkdownTable(String... header) {
    this.header = List.of(header);
  }

  MarkdownTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.size());
    }
    rows.add(List.of(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    line(out, header);
    List<String> rule = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      rule.add(i == 0 ? "---" : "---:");
    }
    line(out, rule);
    rows.forEach(r -> line(out, r));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }
}
