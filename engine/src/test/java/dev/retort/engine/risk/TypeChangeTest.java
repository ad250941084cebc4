package dev.retort.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.TypeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A type change that keeps every value widens; one that can cut or refuse values does not. */
class TypeChangeTest {
  @ParameterizedTest(name = "{0} -> {1}: widens {2}")
  @CsvSource(delimiter = '|', value = {
      "integer | bigint | true",
      "smallint | integer | true",
      "bigint | integer | false",
      "varchar(80) | varchar(120) | true",
      "varchar(120) | varchar(80) | false",
      "varchar(80) | text | true",
      "text | varchar(80) | false",
      "real | double | true",
      "numeric(8,2) | numeric(10,2) | true",
      "numeric(10,2) | numeric(8,2) | false",
      "timestamp(3) | timestamp(6) | true",
      "timestamp(6) | timestamp(3) | false",
      "enum('BINARY','SOURCE') | enum('BINARY','SOURCE','WHEEL') | true",
      "enum('BINARY','SOURCE','WHEEL') | enum('BINARY','SOURCE') | false",
      "enum('A''s','B') | enum('A''s','B','C') | true",
      "integer | varchar(20) | false"})
  void widensOrNot(String from, String to, boolean widens) {
    assertThat(TypeChange.widens(type(from), type(to))).isEqualTo(widens);
  }

  private static ColumnType type(String spelling) {
    String name = spelling.contains("(") ? spelling.substring(0, spelling.indexOf('(')) : spelling;
    String args = spelling.contains("(") ? spelling.substring(spelling.indexOf('(') + 1, spelling.length() - 1) : null;
    return switch (name) {
      case "integer" -> ColumnType.of(TypeKind.INTEGER);
      case "smallint" -> ColumnType.of(TypeKind.SMALLINT);
      case "bigint" -> ColumnType.of(TypeKind.BIGINT);
      case "real" -> ColumnType.of(TypeKind.REAL);
      case "double" -> ColumnType.of(TypeKind.DOUBLE);
      case "text" -> ColumnType.of(TypeKind.TEXT);
      case "varchar" -> ColumnType.sized(TypeKind.VARCHAR, Integer.parseInt(args));
      case "numeric" -> ColumnType.numeric(Integer.parseInt(args.split(",")[0]), Integer.parseInt(args.split(",")[1]));
      case "timestamp" -> ColumnType.temporal(TypeKind.TIMESTAMP, Integer.parseInt(args));
      default -> ColumnType.raw(spelling);
    };
  }
}
