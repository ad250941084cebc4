package dev.retort.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TableFilterTest {

  @Test
  void defaultLeavesOutTheVersionTableOnly() {
    assertThat(TableFilter.DEFAULT).isEqualTo(new TableFilter(Set.of("retort_version")));
    assertThat(TableFilter.DEFAULT.includes("retort_version")).isFalse();
    assertThat(TableFilter.DEFAULT.includes("packages")).isTrue();
  }

  @Test
  void excludingAddsToTheExcludedNames() {
    TableFilter filter = TableFilter.forVersionTable("schema_history").excluding("audit_log");

    assertThat(filter).isEqualTo(new TableFilter(Set.of("schema_history", "audit_log")));
    assertThat(filter.includes("retort_version")).isTrue();
  }
}
