package dev.retort.cli;

import java.util.List;

/** Lists in messages: {@code --url}, {@code --url and --user}, {@code --url, --user and --password}. */
final class Listing {
  private Listing() {}

  static String and(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
