package dev.retort.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.sql.Connection;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What PostgreSQL has and the model cannot hold is named, never silently skipped. */
class LeftAloneTest {
  @Test
  void expressionAndPartialIndexesAndExclusionConstraintsAreNamed() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL); Connection c = db.connect()) {
      db.execute("CREATE SCHEMA billing",
          "CREATE TABLE packages (id bigint PRIMARY KEY, name varchar(50), active boolean,"
              + " EXCLUDE USING btree (name WITH =))",
          "CREATE INDEX ix_packages_lower_name ON packages (lower(name))",
          "CREATE INDEX ix_packages_active ON packages (name) WHERE active",
          "CREATE INDEX ix_packages_plain ON packages (name)",
          "CREATE INDEX ix_packages_hash ON packages USING hash (name)",
          "CREATE TABLE billing.invoices (id bigint PRIMARY KEY, total int)",
          "CREATE INDEX ix_invoices_big ON billing.invoices (total) WHERE total > 100",
          "CREATE TABLE retort_version (id int)",
          "CREATE INDEX ix_version ON retort_version ((id + 1))");
      SchemaIntrospector introspector = Introspectors.forDialect(Dialects.forJdbcUrl(db.url()));

      assertThat(introspector.leftAlone(c, Set.of("billing"), table -> true)).extracting(LeftAlone::warning)
          .containsExactly(
              "Left alone: index ix_invoices_big on billing.invoices, an index with a WHERE clause, which Retort"
                  + " neither compares nor drops.",
              "Left alone: exclusion constraint packages_name_excl on packages, an exclusion constraint, which"
                  + " Retort neither compares nor drops.",
              "Left alone: index ix_packages_active on packages, an index with a WHERE clause, which Retort"
                  + " neither compares nor drops.",
              "Left alone: index ix_packages_hash on packages, a hash index, which Retort neither compares nor"
                  + " drops.",
              "Left alone: index ix_packages_lower_name on packages, an index on an expression, which Retort"
                  + " neither compares nor drops.");
      assertThat(introspector.leftAlone(c, Set.of(), table -> !table.equals("packages"))).isEmpty();
      assertThat(introspector.introspect(c).requireTable("packages").indexes())
          .extracting(dev.retort.engine.schema.IndexDef::name).containsExactly("ix_packages_plain");
    }
  }

  /** A failed concurrent build leaves an INVALID index, which the database does not use: it counts as missing. */
  @Test
  void anInvalidIndexIsMissing() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL); Connection c = db.connect()) {
      db.execute("CREATE TABLE accounts (id bigint PRIMARY KEY, email varchar(50))",
          "INSERT INTO accounts VALUES (1, 'a'), (2, 'a')",
          "CREATE INDEX ix_accounts_id_email ON accounts (id, email)");
      try (java.sql.Statement statement = c.createStatement()) {
        statement.execute("CREATE UNIQUE INDEX CONCURRENTLY ux_accounts_email ON accounts (email)");
        throw new AssertionError("duplicates should have failed the build");
      } catch (java.sql.SQLException expected) {
        // the build failed and left the index INVALID
      }
      SchemaIntrospector introspector = Introspectors.forDialect(Dialects.forJdbcUrl(db.url()));
      assertThat(introspector.introspect(c).requireTable("accounts").indexes())
          .extracting(dev.retort.engine.schema.IndexDef::name).containsExactly("ix_accounts_id_email");
    }
  }

  /** MariaDB: a FULLTEXT index cannot be made again from the model; one on a column prefix can, and is read. */
  @Test
  void mariaDbFulltextIndexesAreNamedAndPrefixesRead() throws Exception {
    try (TestDatabase db = TestDatabase.create(DatabaseKind.MARIADB); Connection c = db.connect()) {
      db.execute("CREATE TABLE notes (id bigint PRIMARY KEY, body text, title varchar(50))",
          "CREATE INDEX ix_notes_body ON notes (body(100), title)",
          "CREATE FULLTEXT INDEX ix_notes_words ON notes (title)");
      SchemaIntrospector introspector = Introspectors.forDialect(Dialects.forJdbcUrl(db.url()));
      assertThat(introspector.leftAlone(c, Set.of(), table -> true)).extracting(LeftAlone::warning).containsExactly(
          "Left alone: index ix_notes_words on notes, a fulltext index, which Retort neither compares nor drops.");
      assertThat(introspector.introspect(c).requireTable("notes").indexes()).containsExactly(
          new dev.retort.engine.schema.IndexDef("ix_notes_body", java.util.List.of("body", "title"), false)
              .prefix("body", 100));
    }
  }
}
