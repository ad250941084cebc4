package dev.retort.autogen.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the plain form of a Spring Boot {@code application.yml}: nested {@code key: value} maps (dotted keys
 * allowed), plain, single- or double-quoted scalars, comments and {@code ---} documents, into one flat map of
 * dotted keys per document. Lists, flow collections ({@code [..]}, <code>{..}</code>), block scalars
 * ({@code |}, {@code >}), anchors and escapes are skipped with everything under them, so a file that uses
 * them elsewhere still gives its naming settings. Without a YAML library, since Retort reads an application's
 * settings without its dependencies.
 */
final class SimpleYaml {
  private SimpleYaml() {}

  /** One map per document, in file order. */
  static List<Map<String, String>> documents(String text) {
    List<Map<String, String>> documents = new ArrayList<>();
    Map<String, String> current = new LinkedHashMap<>();
    Deque<Entry> path = new ArrayDeque<>();
    int skipDeeperThan = -1;
    for (String raw : text.split("\r?\n", -1)) {
      if (raw.startsWith("---") || raw.startsWith("...")) {
        if (!current.isEmpty()) {
          documents.add(current);
        }
        current = new LinkedHashMap<>();
        path.clear();
        skipDeeperThan = -1;
        continue;
      }
      String line = withoutComment(raw);
      if (line.isBlank()) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      if (skipDeeperThan >= 0 && indent > skipDeeperThan) {
        continue;
      }
      skipDeeperThan = -1;
      String content = line.strip();
      int colon = keyEnd(content);
      while (!path.isEmpty() && path.peek().indent() >= indent) {
        path.pop();
      }
      if (content.startsWith("-") || colon < 0) {
        // a list item, or a line this reader does not know: skip it and what it holds
        skipDeeperThan = indent;
        continue;
      }
      String key = key(content.substring(0, colon));
      String value = content.substring(colon + 1).strip();
      if (value.isEmpty()) {
        path.push(new Entry(indent, key));
      } else if ("|>[{&*!".indexOf(value.charAt(0)) >= 0) {
        skipDeeperThan = indent;
      } else {
        current.put(prefix(path) + key, scalar(value));
      }
    }
    if (!current.isEmpty()) {
      documents.add(current);
    }
    return documents;
  }

  private static String prefix(Deque<Entry> path) {
    StringBuilder prefix = new StringBuilder();
    path.descendingIterator().forEachRemaining(e -> prefix.append(e.key()).append('.'));
    return prefix.toString();
  }

  /** Where the key ends: the first {@code ": "} (or a final {@code ":"}) outside quotes; -1 when none. */
  private static int keyEnd(String content) {
    char quote = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == ':' && (i + 1 == content.length() || content.charAt(i + 1) == ' ')) {
        return i;
      }
    }
    return -1;
  }

  /** A key as Spring Boot binds it: quotes and the brackets of {@code "[a.b]"} taken off. */
  private static String key(String raw) {
    String key = scalar(raw.strip());
    return key.startsWith("[") && key.endsWith("]") ? key.substring(1, key.length() - 1) : key;
  }

  private static String scalar(String value) {
    if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  /** The line up to a {@code #} that starts a comment (at the start, or after a space, outside quotes). */
  private static String withoutComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private record Entry(int indent, String key) {}
}
