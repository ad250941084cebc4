package dev.retort.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class H2TypeSpellingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "<null>", value = {
      "CHARACTER VARYING        | 255                 | <null> | <null> | <null> | CHARACTER VARYING(255)",
      "CHARACTER                | 3                   | <null> | <null> | <null> | CHARACTER(3)",
      "BINARY VARYING           | 16                  | <null> | <null> | <null> | BINARY VARYING(16)",
      "CHARACTER LARGE OBJECT   | 9223372036854775807 | <null> | <null> | <null> | CHARACTER LARGE OBJECT",
      "NUMERIC                  | <null>              | 10     | 2      | <null> | NUMERIC(10,2)",
      "INTEGER                  | <null>              | 32     | 0      | <null> | INTEGER",
      "TIMESTAMP                | <null>              | <null> | <null> | 6      | TIMESTAMP(6)",
      "TIME                     | <null>              | <null> | <null> | 0      | TIME(0)",
      "TIMESTAMP WITH TIME ZONE | <null>              | <null> | <null> | 3      | TIMESTAMP(3) WITH TIME ZONE",
      "DATE                     | <null>              | <null> | <null> | 0      | DATE",
      "BOOLEAN                  | <null>              | <null> | <null> | <null> | BOOLEAN"})
  void composesTheDdlSpelling(String dataType, Long length, Integer precision, Integer scale,
      Integer datetimePrecision, String expected) {
    assertThat(H2TypeSpelling.compose(dataType, length, precision, scale, datetimePrecision))
        .isEqualTo(expected);
  }
}
