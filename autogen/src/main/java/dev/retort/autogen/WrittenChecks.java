package dev.retort.autogen;

import dev.retort.autogen.compare.CheckMeaning;
import dev.retort.autogen.compare.Conjunction;
import dev.retort.engine.schema.CheckDef;

/**
 * Checks compared as written, where no database can say what they mean, except that the order of a
 * conjunction of parenthesised parts ({@code (a) and (b)}) does not matter: Hibernate joins a column's unnamed
 * checks (Bean Validation's {@code @Min} and {@code @Max}) in an order that differs from one run to the next.
 */
final class WrittenChecks implements CheckMeaning {
  static final WrittenChecks INSTANCE = new WrittenChecks();

  private WrittenChecks() {}

  @Override
  public boolean means(String table, CheckDef wanted, CheckDef stored) {
    return Conjunction.sameParts(wanted.expression(), stored.expression());
  }
}
