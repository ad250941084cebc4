package dev.retort.engine.schema;

import java.util.Objects;

/**
 * A table or sequence name with the schema it lives in. The model spells a reference as one string,
 * {@code billing.invoices}, or {@code invoices} for the connection's default schema: schema names hold no
 * dot, so the first dot separates the two. Identifiers are canonical on both sides of it.
 *
 * @param schema the schema, or null for the default one
 * @param name the table or sequence name within it
 */
public record QualifiedName(String schema, String name) {
  public QualifiedName {
    Objects.requireNonNull(name, "name == null");
    if (schema != null && (schema.isEmpty() || schema.contains("."))) {
      throw new IllegalArgumentException("schema name " + schema + " is empty or holds a dot");
    }
  }

  /** Reads {@code billing.invoices} or {@code invoices}. */
  public static QualifiedName parse(String reference) {
    Objects.requireNonNull(reference, "reference == null");
    int dot = reference.indexOf('.');
    return dot <= 0 || dot == reference.length() - 1
        ? new QualifiedName(null, reference)
        : new QualifiedName(reference.substring(0, dot), reference.substring(dot + 1));
  }

  /** {@code name} in {@code schema}, or in the default schema when that is null. */
  public static String reference(String schema, String name) {
    return schema == null ? name : schema + "." + name;
  }

  /** The name as the model spells it. */
  public String reference() {
    return reference(schema, name);
  }

  /** Another name in the same schema. */
  public String sibling(String otherName) {
    return reference(schema, otherName);
  }
}
