package dev.retort.engine.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A type as written in DDL or reported by a catalog, split into its name, numeric arguments and suffix:
 * {@code timestamp(6) with time zone} is {@code timestamp}, {@code [6]}, {@code with time zone}.
 *
 * @param name lower-case name with single spaces
 * @param args the numeric arguments in parentheses; empty when none (or when they were not numbers)
 * @param suffix lower-case words after the parentheses, single-spaced; empty when none
 * @param normalized the whole spelling, lower-case with single spaces
 * @param numeric whether the parenthesised part held only numbers (false for {@code enum('A','B')})
 */
record TypeSpelling(String name, List<Integer> args, String suffix, String normalized, boolean numeric) {
  // compiled once: every column of both schemas is spelled
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  static TypeSpelling of(String sql) {
    String text = SPACES.matcher(sql.strip()).replaceAll(" ");
    int open = text.indexOf('(');
    int close = text.lastIndexOf(')');
    if (open < 0 || close < open) {
      String lower = text.toLowerCase(Locale.ROOT);
      return new TypeSpelling(lower, List.of(), "", lower, true);
    }
    String name = text.substring(0, open).strip().toLowerCase(Locale.ROOT);
    String inside = text.substring(open + 1, close);
    String suffix = text.substring(close + 1).strip().toLowerCase(Locale.ROOT);
    List<Integer> args = new ArrayList<>();
    for (String part : inside.split(",")) {
      String p = part.strip();
      if (!NUMBER.matcher(p).matches()) {
        // enum('a','b') and the like: keep the values' case, normalise the keyword
        String normalized = name + "(" + inside.strip() + ")" + (suffix.isEmpty() ? "" : " " + suffix);
        return new TypeSpelling(name, List.of(), suffix, normalized, false);
      }
      args.add(Integer.parseInt(p));
    }
    String normalized = name + "(" + String.join(",", args.stream().map(String::valueOf).toList()) + ")"
        + (suffix.isEmpty() ? "" : " " + suffix);
    return new TypeSpelling(name, List.copyOf(args), suffix, normalized, true);
  }

  Integer arg(int index) {
    return index < args.size() ? args.get(index) : null;
  }

  /** The name with the suffix, for matching: {@code timestamp with time zone}. */
  String nameWithSuffix() {
    return suffix.isEmpty() ? name : name + " " + suffix;
  }
}
