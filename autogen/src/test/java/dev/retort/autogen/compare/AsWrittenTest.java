package dev.retort.autogen.compare;

import static dev.retort.engine.migration.Dsl.check;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Checks compare as written (offline, or catalog with catalog), whatever order Hibernate joined a column's
 * unnamed checks in.
 */
class AsWrittenTest {
  private static boolean same(String wanted, String stored) {
    return CheckMeaning.AS_WRITTEN.means("products", check("ck", wanted), check("ck", stored));
  }

  @Test
  void theSameTextIsTheSameCheck() {
    assertThat(same("price >= 0", "price >= 0")).isTrue();
    assertThat(same("price >= 0", "price>=0")).isFalse();
  }

  @Test
  void aConjunctionOfParenthesisedPartsIsTheSameInAnyOrder() {
    assertThat(same("(quantity<=100) and (quantity>=1)", "(quantity>=1) and (quantity<=100)")).isTrue();
    assertThat(same("(a in ('x) and (y')) and (b > 0)", "(b > 0) and (a in ('x) and (y'))")).isTrue();
  }

  @Test
  void otherwiseTheOrderIsPartOfTheText() {
    assertThat(same("(quantity<=100) and (quantity>=2)", "(quantity>=1) and (quantity<=100)")).isFalse();
    assertThat(same("a > 0 or b > 0 and c > 0", "b > 0 and c > 0 or a > 0")).isFalse();
    assertThat(same("(a > 0) or (b > 0)", "(b > 0) or (a > 0)")).isFalse();
    assertThat(same("(a > 0) and (b > 0) and (a > 0)", "(a > 0) and (b > 0) and (b > 0)")).isFalse();
  }
}
