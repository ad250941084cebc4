package dev.retort.autogen.evolution;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entity sources of one side of a change: Java file name to source, all in package {@code evo}. Every
 * change starts from {@link #base()} and edits it, so each scenario shows only what it changes.
 */
record Sources(Map<String, String> files) {
  private static final String HEADER = """
      package evo;

      import jakarta.persistence.*;
      import java.math.BigDecimal;

      """;

  /** The entity most changes rewrite parts of. */
  private static final String ITEM = HEADER + """
      @Entity
      @Table(name = "items", indexes = @Index(name = "ix_items_name", columnList = "name"))
      public class Item {
        @Id @Column(name = "id") Long id;
        @Column(name = "name", length = 100) String name;
        @Column(name = "price", precision = 8, scale = 2) BigDecimal price;
        @Column(name = "note", length = 200) String note;
        @Column(name = "qty") Integer qty;
        @Column(name = "due") java.time.LocalDate due;
        // more
      }
      """;

  private static final String OWNER = HEADER + """
      @Entity
      @Table(name = "owners")
      public class Owner {
        @Id @Column(name = "id") Long id;
      }
      """;

  Sources {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  static Sources base() {
    return new Sources(Map.of("Item.java", ITEM, "Owner.java", OWNER));
  }

  /** Replaces {@code from}, which must occur in exactly one file, with {@code to}. */
  Sources edit(String from, String to) {
    List<String> holders = files.keySet().stream().filter(f -> files.get(f).contains(from)).toList();
    if (holders.size() != 1) {
      throw new IllegalArgumentException("'" + from + "' is in " + holders.size() + " files, not one: "
          + holders);
    }
    Map<String, String> copy = new TreeMap<>(files);
    copy.put(holders.get(0), files.get(holders.get(0)).replace(from, to));
    return new Sources(copy);
  }

  /** Adds (or replaces) class {@code name}; {@code body} needs no package or imports. */
  Sources with(String name, String body) {
    Map<String, String> copy = new TreeMap<>(files);
    copy.put(name + ".java", HEADER + body);
    return new Sources(copy);
  }

  Sources without(String name) {
    if (!files.containsKey(name + ".java")) {
      throw new IllegalArgumentException("no class " + name);
    }
    Map<String, String> copy = new TreeMap<>(files);
    copy.remove(name + ".java");
    return new Sources(copy);
  }
}
