package dev.retort.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.MariaDbDialect;
import dev.retort.engine.schema.ColumnType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultExpressionsTest {

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", quoteCharacter = '"', nullValues = "<null>", value = {
      "'abc'::character varying => 'abc'",
      "'it''s'::text => 'it''s'",
      "'2024-01-01'::date => '2024-01-01'",
      "'2024-01-01 10:00:00'::timestamp without time zone => '2024-01-01 10:00:00'",
      "'x'::character varying(20) => 'x'",
      "'{}'::integer[] => '{}'",
      "'-1'::integer => -1",
      "'-1.5'::numeric => -1.5",
      "'1e3'::double precision => 1e3",
      "'12'::text => '12'",
      "'{1}'::integer[] => '{1}'",
      "0 => 0",
      "true => true",
      "CURRENT_TIMESTAMP => CURRENT_TIMESTAMP",
      "now() => now()",
      "('a'::text || 'b'::text) => ('a'::text || 'b'::text)",
      "'a'::text || 'b'::text => 'a'::text || 'b'::text",
      "nextval('other_seq'::regclass) => nextval('other_seq'::regclass)",
      "<null> => <null>"})
  void postgresDropsTheCastOfALiteral(String reported, String expected) {
    assertThat(DefaultExpressions.postgres(reported)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "<null>", value = {
      "nextval('t_id_seq'::regclass) | true  | true",
      "nextval('t_id_seq'::regclass) | false | false",
      "0                             | true  | false",
      "<null>                        | true  | false"})
  void postgresSerialIsTheOwnedSequencesNextval(String reported, boolean ownsSequence, boolean expected) {
    assertThat(DefaultExpressions.isPostgresSerial(reported, ownsSequence)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "<null>", value = {
      "NULL                 | varchar(4)   | <null>",
      "<null>               | varchar(4)   | <null>",
      "'NULL'               | varchar(4)   | 'NULL'",
      "'new'                | varchar(4)   | 'new'",
      "'it''s'              | varchar(4)   | 'it''s'",
      "0.00                 | decimal(6,2) | 0.00",
      "-1                   | int(11)      | -1",
      "b'1'                 | bit(1)       | true",
      "b'0'                 | bit(1)       | false",
      "b'101'               | bit(3)       | b'101'",
      "1                    | tinyint(1)   | 1",
      "current_timestamp()  | datetime     | CURRENT_TIMESTAMP",
      "current_timestamp(6) | datetime(6)  | CURRENT_TIMESTAMP",
      "current_timestamp(6) | timestamp(6) | CURRENT_TIMESTAMP",
      "current_timestamp(3) | datetime(6)  | CURRENT_TIMESTAMP(3)",
      "curdate()            | date         | curdate()"})
  void mariaDbDropsItsOwnSpelling(String reported, String columnType, String expected) {
    ColumnType type = new MariaDbDialect().parseType(columnType);

    assertThat(DefaultExpressions.mariaDb(reported, type)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "<null>", value = {
      "TRUE                 | true",
      "FALSE                | false",
      "'TRUE'               | 'TRUE'",
      "CURRENT_TIMESTAMP(3) | CURRENT_TIMESTAMP(3)",
      "DATE '2024-01-01'    | DATE '2024-01-01'",
      "<null>               | <null>"})
  void h2SpellsBooleansAsPostgresDoes(String reported, String expected) {
    assertThat(DefaultExpressions.h2(reported)).isEqualTo(expected);
  }
}
