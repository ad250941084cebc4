package dev.retort.engine.op;

import static dev.retort.engine.migration.Dsl.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.TypeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A type change that keeps every value is no loss of data; one that can cut or refuse values is. */
class TypeChangeRiskTest {
  @ParameterizedTest(name = "{0} -> {1}: destructive {2}")
  @CsvSource(delimiter = '|', value = {
      "integer | bigint | false",
      "smallint | integer | false",
      "bigint | integer | true",
      "varchar(80) | varchar(120) | false",
      "varchar(120) | varchar(80) | true",
      "varchar(80) | text | false",
      "text | varchar(80) | true",
      "real | double | false",
      "numeric(8,2) | numeric(10,2) | false",
      "numeric(10,2) | numeric(8,2) | true",
      "timestamp(3) | timestamp(6) | false",
      "timestamp(6) | timestamp(3) | true",
      "enum('BINARY','SOURCE') | enum('BINARY','SOURCE','WHEEL') | false",
      "enum('BINARY','SOURCE','WHEEL') | enum('BINARY','SOURCE') | true",
      "enum('A''s','B') | enum('A''s','B','C') | false",
      "integer | varchar(20) | true"})
  void widensOrNot(String from, String to, boolean destructive) {
    AlterColumn alter = new AlterColumn("t", column("c", type(from)), column("c", type(to)));
    assertThat(alter.destructive()).isEqualTo(destructive);
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
