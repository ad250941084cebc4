package dev.retort.autogen;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.foreignKey;
import static dev.retort.engine.migration.Dsl.index;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaNormalizerTest {
  /** What the entities want: Hibernate's spelling, DTYPE, used by an index and referenced from another table. */
  private static final SchemaModel ENTITIES = new SchemaModel(List.of(
      TableDef.of("owners", List.of(column("id", bigint()).notNull(), column("DTYPE", varchar(31)).notNull(),
          column("added", varchar(10)), primaryKey("id"), index("ix_owners_type", "DTYPE"))),
      TableDef.of("labels", List.of(column("kind", varchar(31)),
          foreignKey("fk_labels_owner", "kind", "owners", "DTYPE")))));

  /** What the database has: the same column spelt dtype, and no column added yet. */
  private static final SchemaModel DATABASE = new SchemaModel(List.of(
      TableDef.of("owners", List.of(column("id", bigint()).notNull(), column("dtype", varchar(31)).notNull(),
          primaryKey("id")))));

  @Test
  void columnsTakeTheDatabasesSpellingWhereCaseDoesNotMatter() {
    SchemaModel aligned = new SchemaNormalizer(Dialects.forName("mariadb"), null).alignColumnCase(ENTITIES, DATABASE);
    assertThat(aligned).isEqualTo(new SchemaModel(List.of(
        TableDef.of("owners", List.of(column("id", bigint()).notNull(), column("dtype", varchar(31)).notNull(),
            column("added", varchar(10)), primaryKey("id"), index("ix_owners_type", "dtype"))),
        TableDef.of("labels", List.of(column("kind", varchar(31)),
            foreignKey("fk_labels_owner", "kind", "owners", "dtype"))))));
  }

  @Test
  void columnsKeepTheirSpellingWhereCaseMatters() {
    assertThat(new SchemaNormalizer(Dialects.forName("postgresql"), "public").alignColumnCase(ENTITIES, DATABASE))
        .isEqualTo(ENTITIES);
    assertThat(new SchemaNormalizer(Dialects.forName("h2"), "public").alignColumnCase(ENTITIES, DATABASE))
        .isEqualTo(ENTITIES);
  }
}
