package dev.retort.autogen;

import static dev.retort.engine.migration.Dsl.bigint;
import static dev.retort.engine.migration.Dsl.column;
import static dev.retort.engine.migration.Dsl.enumOf;
import static dev.retort.engine.migration.Dsl.primaryKey;
import static dev.retort.engine.migration.Dsl.raw;
import static dev.retort.engine.migration.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.engine.dialect.PostgresDialect;
import dev.retort.engine.migration.Ops;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A migration that writes a vendor type says it runs only on that database; a portable one says nothing. */
class VendorTypesTest {
  @Test
  void aVendorTypeMakesTheMigrationOneDatabasesOwn() {
    SchemaDiff diff = new SchemaDiff(new Ops()
        .createTable("scans", column("id", bigint()).notNull(), column("image", raw("oid")),
            column("kind", enumOf(10, "A", "B")), primaryKey("id"))
        .addColumn("scans", column("range", raw("int4range")))
        .alterColumn("scans", column("note", varchar(20)), column("note", raw("citext")))
        .alterColumn("scans", column("image", raw("oid")), column("image", raw("oid")).notNull())
        .recorded(), List.of(), List.of());
    assertThat(VendorTypes.warn(diff, new PostgresDialect()).warnings()).containsExactly("The migration writes"
        + " scans.image (oid), scans.range (int4range), scans.note (citext) with a type only PostgreSQL has, so it"
        + " runs only on PostgreSQL. To run the same migration on another database, map the property to a"
        + " portable type (an enum, JSON, UUID, a string, number, date-time or binary type) or edit the migration"
        + " to use one.");
  }

  @Test
  void portableTypesWarnOfNothing() {
    SchemaDiff diff = new SchemaDiff(new Ops()
        .createTable("scans", column("id", bigint()).notNull(), column("kind", enumOf(10, "A", "B")),
            primaryKey("id"))
        .recorded(), List.of(), List.of());
    assertThat(VendorTypes.warn(diff, new PostgresDialect()).warnings()).isEmpty();
  }
}
