package dev.retort.engine.review;

import java.util.List;
import java.util.Objects;

/**
 * One revision under review, with its upgrade's operations in order.
 *
 * @param id the revision id
 * @param message its message
 * @param operations what its upgrade does
 */
public record ReviewedRevision(String id, String message, List<ReviewedOperation> operations) {
  public ReviewedRevision {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(message, "message == null");
    operations = List.copyOf(operations);
  }
}
