package dev.retort.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationChecksTest {
  private static final String FIXTURE = "dev.retort.test.fixture.";
  private static final String SHOP_MIGRATIONS = FIXTURE + "shop.migrations";
  private static final String SHOP_MODEL = FIXTURE + "shop.model";

  @Test
  void allChecksPassOnAFreshH2() {
    MigrationChecks checks = MigrationChecks.forPackage(SHOP_MIGRATIONS).entities(SHOP_MODEL);
    checks.singleHead();
    checks.stairway();
    checks.entitiesMatchDatabase();
    checks.hibernateValidates();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void allChecksPassOnAGivenDatabaseAndLeaveItEmpty(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      MigrationChecks checks = MigrationChecks.forPackage(SHOP_MIGRATIONS).entities(SHOP_MODEL)
          .url(db.url()).user(db.user()).password(db.password());
      checks.singleHead();
      checks.stairway();
      checks.entitiesMatchDatabase();
      checks.hibernateValidates();
      assertThat(tables(db)).containsExactly("retort_version");
    }
  }

  @Test
  void aDatabaseThatIsNotEmptyIsRefused() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      db.execute("create table leftover (id integer primary key)");
      MigrationChecks checks = MigrationChecks.forPackage(SHOP_MIGRATIONS).entities(SHOP_MODEL)
          .url(db.url()).user(db.user()).password(db.password());
      assertThatThrownBy(checks::stairway).isInstanceOf(IllegalStateException.class)
          .hasMessage("The database " + db.url() + " is not empty: it has table leftover. Nothing was changed. The"
              + " migration checks start from an empty database and downgrade it to base at the end; give them a"
              + " database of their own, or none for an in-memory H2.");
      assertThat(tables(db)).containsExactly("leftover");
    }
  }

  @Test
  void twoHeadsAreNamed() {
    assertThatThrownBy(() -> MigrationChecks.forPackage(FIXTURE + "twoheads").singleHead())
        .isInstanceOf(AssertionError.class)
        .hasMessage("The migrations in dev.retort.test.fixture.twoheads have 2 heads: b2b2b2b2b202"
            + " (M20260102_0900_AddCustomerEmail), b2b2b2b2b203 (M20260102_0915_AddCustomerPhone); expected exactly"
            + " one. Join them with `retort merge -m \"...\"`.");
  }

  @Test
  void aDowngradeThatDoesNotUndoItsUpgradeFailsTheStairwayNamingIt() {
    assertThatThrownBy(() -> MigrationChecks.forPackage(FIXTURE + "leaky").stairway())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Stairway failed at migration c3c3c3c3c302 (M20260102_0900_AddCustomerEmail): its downgrade does not"
            + " undo its upgrade; after upgrade and downgrade, getting back the schema from before it still takes 1"
            + " operation:\n"
            + "  drop column customer.email\n"
            + "Make downgrade() reverse every operation of upgrade(), in reverse order.");
  }

  @Test
  void anUpgradeThatFailsFailsTheStairwayNamingIt() {
    assertThatThrownBy(() -> MigrationChecks.forPackage(FIXTURE + "broken").stairway())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Stairway failed at migration e5e5e5e5e501 (M20260101_0900_AddCustomerEmail) (upgrade): Migration"
            + " e5e5e5e5e501 (M20260101_0900_AddCustomerEmail) failed at statement 1 of 1 on H2: ALTER TABLE"
            + " \"CUSTOMER\" ADD COLUMN \"EMAIL\" varchar(255): Table \"CUSTOMER\" not found; SQL statement:\n"
            + "ALTER TABLE \"CUSTOMER\" ADD COLUMN \"EMAIL\" varchar(255) [42102-252]. Nothing of it ran; the"
            + " database is still at base (no revision applied). Fix the migration or the data, then rerun.");
  }

  @Test
  void anEntityFieldWithoutAMigrationIsListed() {
    assertThatThrownBy(() -> MigrationChecks.forPackage(SHOP_MIGRATIONS).entities(FIXTURE + "phone.model")
        .entitiesMatchDatabase())
        .isInstanceOf(AssertionError.class)
        .hasMessage("The entities in dev.retort.test.fixture.phone.model differ from the schema the migrations in"
            + " dev.retort.test.fixture.shop.migrations build (head a1a1a1a1a102); autogenerate finds 1 operation:\n"
            + "  add column customer.phone\n"
            + "Run `retort autogen` to write the migration that is missing.");
  }

  @Test
  void hibernateRejectsATableNoMigrationCreates() {
    assertThatThrownBy(() -> MigrationChecks.forPackage(SHOP_MIGRATIONS).entities(FIXTURE + "invoice.model")
        .hibernateValidates())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Hibernate's schema validator rejects the schema the migrations in dev.retort.test.fixture.shop.migrations"
            + " build (head a1a1a1a1a102) for the entities in dev.retort.test.fixture.invoice.model: Schema"
            + " validation: missing table [Invoice]");
  }

  @Test
  void aCheckOnEntitiesNeedsTheirPackage() {
    assertThatThrownBy(() -> MigrationChecks.forPackage(SHOP_MIGRATIONS).hibernateValidates())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("hibernateValidates() compares with the entities, and none were given. Call"
            + " entities(\"com.app.model\") first.");
  }

  private static List<String> tables(TestDatabase db) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection connection = db.connect();
        ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
            new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
      }
    }
    return names;
  }
}
