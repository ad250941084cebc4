package dev.retort.autogen.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A Spring Boot application's entities are mapped with the naming it runs with. */
class SpringNamingTest {
  private static final String ENTITIES = "dev.retort.autogen.springapp";

  /**
   * The test class path plus Spring Boot's Hibernate support (kept off the test class path by the build) and,
   * when given, a folder of {@code src/test/resources/spring} as the application's resources.
   */
  static URLClassLoader springApplication(String resources) throws Exception {
    Path jar = Path.of(System.getProperty("retort.test.spring-boot-hibernate"));
    assertThat(jar).isRegularFile();
    List<URL> urls = new ArrayList<>(List.of(jar.toUri().toURL()));
    if (resources != null) {
      Path folder = Path.of("src/test/resources/spring", resources);
      assertThat(Files.isDirectory(folder)).isTrue();
      urls.add(folder.toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), SpringNamingTest.class.getClassLoader());
  }

  /** The tables and columns, as the model holds them (unquoted names folded to lower case). */
  private static String schema(ClassLoader loader, Map<String, String> settings) {
    SchemaModel model = EntityModels.read(loader, ENTITIES, Dialects.forName("h2"), 2, 5, settings);
    return model.tables().stream()
        .map(t -> t.name() + "(" + t.columns().stream().map(ColumnDef::name).collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining("\n"));
  }

  @Test
  void withoutSpringBootNothingChanges() {
    ClassLoader plain = SpringNamingTest.class.getClassLoader();
    assertThat(SpringNaming.onClassPath(plain)).isFalse();
    assertThat(SpringNaming.settings(plain)).isEmpty();
    assertThat(schema(plain, Map.of())).isEqualTo("""
        book(id, booktitle)
        shelf(id, camelcasefield)
        shelf_book(shelf_id, books_id)""");
  }

  @Test
  void springBootsDefaultsGiveSnakeCaseAndJoinTablesNamedAfterTheProperty() throws Exception {
    try (URLClassLoader loader = springApplication(null)) {
      assertThat(SpringNaming.settings(loader)).isEqualTo(Map.of(
          "hibernate.implicit_naming_strategy", "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
          "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"));
      assertThat(schema(loader, Map.of())).isEqualTo("""
          book(id, book_title)
          shelf(id, camel_case_field)
          shelf_books(shelf_id, books_id)""");
    }
  }

  @Test
  void aPhysicalStrategyInApplicationPropertiesWins() throws Exception {
    try (URLClassLoader loader = springApplication("standard-physical")) {
      assertThat(schema(loader, Map.of())).isEqualTo("""
          book(id, booktitle)
          shelf(id, camelcasefield)
          shelf_books(shelf_id, books_id)""");
    }
  }

  @Test
  void explicitHibernateSettingsOfTheProjectWinOverSprings() throws Exception {
    try (URLClassLoader loader = springApplication("standard-physical")) {
      assertThat(schema(loader, Map.of("hibernate.physical_naming_strategy",
          "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"))).isEqualTo("""
          book(id, book_title)
          shelf(id, camel_case_field)
          shelf_books(shelf_id, books_id)""");
    }
  }

  @Test
  void applicationYmlIsReadWithRelaxedNamesAndWithoutProfileDocuments() throws Exception {
    try (URLClassLoader loader = springApplication("yaml")) {
      assertThat(SpringNaming.settings(loader)).isEqualTo(Map.of(
          "hibernate.globally_quoted_identifiers", "false",
          "hibernate.jdbc.time_zone", "UTC",
          "hibernate.implicit_naming_strategy", "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
          "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl"));
    }
  }

  @Test
  void springBootsPrecedenceOfFilesAndKeysIsKept() throws Exception {
    try (URLClassLoader loader = springApplication("precedence")) {
      assertThat(SpringNaming.settings(loader)).isEqualTo(Map.of(
          "hibernate.default_batch_fetch_size", "16",
          "hibernate.order_updates", "true",
          "hibernate.implicit_naming_strategy", "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl",
          "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl"));
    }
  }

  @Test
  void aStrategyThatIsNotOnTheClassPathIsNamed() throws Exception {
    try (URLClassLoader loader = springApplication("missing-class")) {
      assertThatThrownBy(() -> SpringNaming.settings(loader))
          .isInstanceOf(RetortException.class)
          .hasMessage("spring.jpa.hibernate.naming.implicit_strategy=com.example.LegacyNaming in"
              + " application.properties names a class that is not on the entity class path, so the entities"
              + " cannot be mapped as the application maps them. Nothing was written. Fix the class name, or"
              + " add the jar that holds it to the class path.")
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.CONFIGURATION));
    }
  }
}
