package dev.retort.bench;

import java.util.Locale;
import java.util.Optional;

/**
 * One table of the generated schema, by its position: the names every tool's model uses, so the Java
 * entities and the SQLAlchemy models name the same objects. Every table has the same columns (an identity
 * key, {@code code}, {@code title}, {@code description}, {@code amount}, {@code quantity}, {@code active},
 * {@code created}, {@code valid_until}), a unique key on {@code code}, an index on {@code created} and, from
 * the second table on, a foreign key {@code parent_id} to the table before it.
 */
record BenchTable(int index) {
  BenchTable {
    if (index < 0) {
      throw new IllegalArgumentException("index < 0: " + index);
    }
  }

  String className() {
    return String.format(Locale.ROOT, "Entity%04d", index);
  }

  String name() {
    return className().toLowerCase(Locale.ROOT);
  }

  Optional<BenchTable> parent() {
    return index == 0 ? Optional.empty() : Optional.of(new BenchTable(index - 1));
  }

  String uniqueName() {
    return "uk_" + name() + "_code";
  }

  String indexName() {
    return "ix_" + name() + "_created";
  }

  String foreignKeyName() {
    return "fk_" + name() + "_parent";
  }
}
