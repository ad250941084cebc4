package dev.retort.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;

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
      "NULL | <null> | <null>",
      "<null> | <null> | <null>",
      "'NULL' | <null> | 'NULL'",
      "'new' | <null> | 'new'",
      "'it''s' | <null> | 'it''s'",
      "0.00 | <null> | 0.00",
      "-1 | <null> | -1",
      "current_timestamp() | <null> | CURRENT_TIMESTAMP",
      "current_timestamp(6) | 6 | CURRENT_TIMESTAMP",
      "current_timestamp(3) | 6 | CURRENT_TIMESTAMP(3)",
      "curdate() | <null> | curdate()"})
  void mariaDbDropsItsOwnSpelling(String reported, Integer fractionalDigits, String expected) {
    assertThat(DefaultExpressions.mariaDb(reported, fractionalDigits)).isEqualTo(expected);
  }
}
