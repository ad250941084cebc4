package dev.retort.autogen.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A conjunction of parenthesised parts allows the same rows in any order; nothing else is reordered. */
class ConjunctionTest {
  @Test
  void partsInAnotherOrderAreTheSame() {
    assertThat(Conjunction.sameParts("(qty<=100) and (qty>=1)", "(qty>=1) and (qty<=100)")).isTrue();
    assertThat(Conjunction.sameParts("(a) and (b) and (c)", "(c) and (a) and (b)")).isTrue();
  }

  @Test
  void postgresqlsPrintedFormIsLookedThrough() {
    assertThat(Conjunction.sameParts("((qty >= 1) AND (qty <= 100))", "((qty <= 100) AND (qty >= 1))")).isTrue();
    assertThat(Conjunction.sortedParts("((qty >= 1) AND (qty <= 100))"))
        .containsExactly("(qty <= 100)", "(qty >= 1)");
  }

  @Test
  void h2sLineBreaksAreWhiteSpace() {
    assertThat(Conjunction.sameParts("(\"QTY\" >= 1)\n    AND (\"QTY\" <= 10)", "(\"QTY\" <= 10) AND (\"QTY\" >= 1)"))
        .isTrue();
  }

  @Test
  void mariadbsPlainConjunctionIsOneWhenNothingBindsLooser() {
    assertThat(Conjunction.sameParts("`qty` >= 1 and `qty` <= 20", "`qty` <= 20 and `qty` >= 1")).isTrue();
    assertThat(Conjunction.sameParts("`a` is not null and `b` > 0", "`b` > 0 and `a` is not null")).isTrue();
    assertThat(Conjunction.sameParts("`a` > 0 or `b` > 0 and `c` > 0", "`b` > 0 and `c` > 0 or `a` > 0"))
        .as("or binds more loosely").isFalse();
    assertThat(Conjunction.sameParts("`x` between 1 and 5 and `y` between 2 and 6",
        "`x` between 1 and 6 and `y` between 2 and 5")).as("between's and is not a conjunction").isFalse();
    assertThat(Conjunction.sameParts("`a` = 'x or y' and `b` > 0", "`b` > 0 and `a` = 'x or y'"))
        .as("a literal's words are not operators").isTrue();
  }

  @Test
  void literalsAreText() {
    assertThat(Conjunction.sameParts("(a in ('x) and (y')) and (b > 0)", "(b > 0) and (a in ('x) and (y'))"))
        .isTrue();
    assertThat(Conjunction.sortedParts("(a = 'x') and (b = ')')")).containsExactly("(a = 'x')", "(b = ')')");
  }

  @Test
  void otherwiseTheOrderIsPartOfTheText() {
    assertThat(Conjunction.sameParts("(a > 0) or (b > 0)", "(b > 0) or (a > 0)")).isFalse();
    assertThat(Conjunction.sameParts("(x) or (y) and (z)", "(z) and (x) or (y)")).isFalse();
    assertThat(Conjunction.sameParts("((x > 0) AND y > 1 OR z)", "(y > 1 OR z AND (x > 0))"))
        .as("inside the outer parentheses, or binds more loosely").isFalse();
    assertThat(Conjunction.sameParts("(a > 0) and (b > 0) and (a > 0)", "(a > 0) and (b > 0) and (b > 0)"))
        .isFalse();
    assertThat(Conjunction.sameParts("(a) and (b)", "(a) and (c)")).isFalse();
    assertThat(Conjunction.sortedParts("(a) + (b)")).containsExactly("(a) + (b)");
  }
}
