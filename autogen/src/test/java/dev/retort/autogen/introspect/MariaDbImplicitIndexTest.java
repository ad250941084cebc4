package dev.retort.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.ReferentialAction;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MariaDbImplicitIndexTest {

  @ParameterizedTest(name = "index {0}({1}) unique={2} behind {3}({4}): {5}")
  @CsvSource(delimiter = '|', value = {
      // named constraint: InnoDB names the index after it
      "fk_owner       | owner_id      | false | fk_owner       | owner_id      | true",
      "FK_OWNER       | owner_id      | false | fk_owner       | owner_id      | true",
      "ix_owner       | owner_id      | false | fk_owner       | owner_id      | false",
      "owner_id       | owner_id      | false | fk_owner       | owner_id      | false",
      "fk_owner       | owner_id      | true  | fk_owner       | owner_id      | false",
      "fk_owner       | owner_id,kind | false | fk_owner       | owner_id      | false",
      "fk_pair        | b,a           | false | fk_pair        | a,b           | false",
      "fk_pair        | a,b           | false | fk_pair        | a,b           | true",
      // unnamed constraint: InnoDB names the index after the first column
      "owner_id       | owner_id      | false | items_ibfk_1   | owner_id      | true",
      "owner_id_2     | owner_id      | false | items_ibfk_2   | owner_id      | true",
      "items_ibfk_1   | owner_id      | false | items_ibfk_1   | owner_id      | false",
      "ix_owner       | owner_id      | false | items_ibfk_1   | owner_id      | false"})
  void implicitWhenColumnsAndTheGivenNameMatch(String indexName, String indexColumns, boolean unique,
      String foreignKeyName, String foreignKeyColumns, boolean expected) {
    IndexDef index = new IndexDef(indexName, List.of(indexColumns.split(",")), unique);
    List<String> columns = List.of(foreignKeyColumns.split(","));
    ForeignKeyDef foreignKey =
        new ForeignKeyDef(foreignKeyName, columns, "owners", columns, ReferentialAction.NO_ACTION);

    assertThat(MariaDbIntrospector.isImplicitIndex(index, foreignKey)).isEqualTo(expected);
  }
}
