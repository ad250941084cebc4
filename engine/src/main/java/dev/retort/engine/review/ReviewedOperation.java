package dev.retort.engine.review;

import dev.retort.engine.risk.Risk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One operation of a revision under review.
 *
 * @param description the operation in one line, as {@code retort show} writes it
 * @param table the table it works on, or null when it has none
 * @param risk its risk on the database the review judges for
 * @param sql its statements for each database asked for, keyed {@code postgresql}, {@code mariadb}, {@code h2},
 *     in the order asked
 * @param rows the table's estimated rows as the database's catalog keeps them, or null when unknown
 */
public record ReviewedOperation(String description, String table, Risk risk, Map<String, List<String>> sql,
    Long rows) {
  public ReviewedOperation {
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(risk, "risk == null");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    sql.forEach((dialect, statements) -> copy.put(dialect, List.copyOf(statements)));
    sql = java.util.Collections.unmodifiableMap(copy);
  }
}
