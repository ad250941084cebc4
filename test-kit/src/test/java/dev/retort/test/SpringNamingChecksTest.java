package dev.retort.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** With Spring Boot on the class path, the checks map the entities with Spring's naming, as autogenerate does. */
class SpringNamingChecksTest {
  private static final String MIGRATIONS = "dev.retort.test.fixture.spring.migrations";
  private static final String MODEL = "dev.retort.test.fixture.spring.model";

  /** The test class path plus Spring Boot's Hibernate support, which the build keeps off the test class path. */
  private static URLClassLoader springBootClassPath() throws Exception {
    Path jar = Path.of(System.getProperty("retort.test.spring-boot-hibernate"));
    assertThat(jar).isRegularFile();
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, SpringNamingChecksTest.class.getClassLoader());
  }

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"H2", "POSTGRESQL"})
  void allChecksPassWithSpringsNaming(DatabaseKind kind) throws Exception {
    try (URLClassLoader loader = springBootClassPath(); TestDatabase db = TestDatabase.create(kind)) {
      MigrationChecks checks = MigrationChecks.forPackage(MIGRATIONS).entities(MODEL).classLoader(loader)
          .url(db.url()).user(db.user()).password(db.password());
      checks.singleHead();
      checks.stairway();
      checks.entitiesMatchDatabase();
      checks.hibernateValidates();
    }
  }

  @Test
  void withoutSpringBootTheSameEntitiesAskForOtherNames() {
    MigrationChecks checks = MigrationChecks.forPackage(MIGRATIONS).entities(MODEL);
    assertThatThrownBy(checks::entitiesMatchDatabase).isInstanceOf(AssertionError.class).hasMessage("The entities"
        + " in dev.retort.test.fixture.spring.model differ from the schema the migrations in"
        + " dev.retort.test.fixture.spring.migrations build (head d4d4d4d4d401); autogenerate finds 6 operations:\n"
        + "  drop table shelf_books\n"
        + "  create table shelf_book\n"
        + "  add column book.booktitle\n"
        + "  add column shelf.camelcasefield\n"
        + "  drop column book.book_title\n"
        + "  drop column shelf.camel_case_field\n"
        + "Run `retort autogen` to write the migration that is missing.");
    assertThatThrownBy(checks::hibernateValidates).isInstanceOf(AssertionError.class).hasMessage("Hibernate's"
        + " schema validator rejects the schema the migrations in dev.retort.test.fixture.spring.migrations build"
        + " (head d4d4d4d4d401) for the entities in dev.retort.test.fixture.spring.model: Schema validation:"
        + " missing column [bookTitle] in table [Book]");
  }
}
