package dev.retort.autogen;

import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.enumOf;
import static dev.retort.engine.migration.Dsl.time;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.H2Dialect;
import dev.retort.engine.dialect.MariaDbDialect;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offline, a type the migrations wrote is the entities' where the database's DDL spells the two alike. */
class WrittenTypesTest {
  private static SchemaModel table(ColumnDef... columns) {
    return new SchemaModel(List.of(TableDef.of("shipments", List.of(columns))));
  }

  @Test
  void aTypeThisDatabaseWritesAlikeIsTheEntitiesType() {
    // MariaDB's time holds no fraction unless asked: time(0) is time
    SchemaModel built = table(column("cut_off", time(0)));
    SchemaModel target = table(column("cut_off", time()));
    assertThat(WrittenTypes.align(built, target, new MariaDbDialect())).isEqualTo(target);
  }

  @Test
  void aTypeWrittenDifferentlyStaysADifference() {
    SchemaModel built = table(column("code", varchar(20)));
    SchemaModel target = table(column("code", varchar(30)));
    assertThat(WrittenTypes.align(built, target, new H2Dialect())).isEqualTo(built);
  }

  @Test
  void anEnumKeepsItsValues() {
    SchemaModel built = table(column("status", enumOf(10, "DRAFT", "LIVE")));
    SchemaModel target = table(column("status", enumOf(10, "DRAFT", "LIVE", "RETIRED")));
    assertThat(WrittenTypes.align(built, target, new MariaDbDialect())).isEqualTo(built);
  }
}
