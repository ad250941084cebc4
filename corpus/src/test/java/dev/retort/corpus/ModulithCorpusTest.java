package dev.retort.corpus;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.modulith.events.jpa.JpaEventPublication;

/**
 * Spring Modulith's event publication registry (org.springframework.modulith:spring-modulith-events-jpa),
 * mapped as a Spring Boot application maps it (Boot's naming strategy), against Hibernate's export and
 * against the schema scripts Spring Modulith ships in spring-modulith-events-jdbc for each database.
 */
class ModulithCorpusTest extends CorpusTest {
  /** Spring Boot's default physical naming: publicationDate becomes publication_date. */
  static final Map<String, String> SPRING_BOOT_NAMING = Map.of("hibernate.physical_naming_strategy",
      "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");

  private static CorpusModel model;

  @BeforeAll
  static void load() throws Exception {
    model = new CorpusModel("spring-modulith", MappedClasses.fromJar(JpaEventPublication.class,
        "org.springframework.modulith.events.jpa", "org.springframework.modulith.events.jpa.updating",
        "org.springframework.modulith.events.jpa.archiving"), SPRING_BOOT_NAMING);
  }

  @Override
  CorpusModel model() {
    return model;
  }

  @Override
  ProjectSchema projectSchema() {
    return ModulithCorpusTest::schemaScripts;
  }

  @Override
  SampleRows sampleRows() {
    return ModulithCorpusTest::sampleRows;
  }

  @Override
  List<String> expectedOperations(DatabaseKind kind) throws Exception {
    return expected(kind);
  }

  /** Every difference between Spring Modulith's scripts and its entities, each one real. */
  private static List<String> expected(DatabaseKind kind) {
    return switch (kind) {
      // the scripts name the tables EVENT_PUBLICATION(_ARCHIVE); Boot's naming strategy lowers the entities'
      // @Table names, and MariaDB on Linux tells table names apart by case (lower_case_table_names=0)
      case MARIADB -> List.of("drop table EVENT_PUBLICATION_ARCHIVE", "drop table EVENT_PUBLICATION",
          "create table event_publication", "create table event_publication_archive");
      case H2 -> {
        // the script's indexes; the entities declare none
        List<String> ops = new java.util.ArrayList<>(tables(table -> List.of(
            "drop index " + table + "_by_completion_date_idx on " + table,
            "drop index " + table + "_by_listener_id_and_serialized_event_idx on " + table)));
        ops.addAll(tables(table -> List.of(
            // a primitive int in the entity, a nullable INT in the script
            "alter column " + table + ".completion_attempts not null",
            // the script asks for nanoseconds, Hibernate for microseconds
            "alter column " + table + ".completion_date type timestamp_tz(9) -> timestamp_tz(6)",
            // the script's lengths; the entities keep the default 255
            "alter column " + table + ".event_type type varchar(512) -> varchar(255)",
            "alter column " + table + ".last_resubmission_date type timestamp_tz(9) -> timestamp_tz(6)",
            "alter column " + table + ".listener_id type varchar(512) -> varchar(255)",
            "alter column " + table + ".publication_date type timestamp_tz(9) -> timestamp_tz(6)",
            "alter column " + table + ".serialized_event type varchar(4000) -> varchar(255)",
            // @Enumerated(STRING) is H2's native enum type in Hibernate's H2 dialect
            "alter column " + table + ".status type varchar(20) -> enum('COMPLETED','FAILED','PROCESSING','PUBLISHED',"
                + "'RESUBMITTED')")));
        yield ops;
      }
      case POSTGRESQL -> {
        // the hash index on serialized_event is left alone (named in a warning): the model holds btree ones only
        List<String> ops = new java.util.ArrayList<>(tables(table -> List.of(
            "drop index " + table + "_by_completion_date_idx on " + table)));
        ops.addAll(tables(table -> List.of(
            "alter column " + table + ".completion_attempts not null",
            // text without a limit in the script, the default 255 in the entities
            "alter column " + table + ".event_type type text -> varchar(255)",
            "alter column " + table + ".listener_id type text -> varchar(255)",
            "alter column " + table + ".serialized_event type text -> varchar(255)",
            // @Enumerated(STRING): a varchar held to the values by a check, which the script does not have
            "alter column " + table + ".status type text -> enum('COMPLETED','FAILED','PROCESSING','PUBLISHED',"
                + "'RESUBMITTED')")));
        // not expected: timestamptz -> timestamptz(6); PostgreSQL's default precision is 6 already
        yield ops;
      }
    };
  }

  private static List<String> tables(java.util.function.Function<String, List<String>> opsPerTable) {
    return java.util.stream.Stream.of("event_publication", "event_publication_archive")
        .flatMap(table -> opsPerTable.apply(table).stream()).toList();
  }

  /** Spring Modulith ships no sample data: one completed and one pending publication in each table. */
  static void sampleRows(TestDatabase db) throws Exception {
    String id = db.kind() == DatabaseKind.POSTGRESQL ? "CAST('%s' AS uuid)" : "'%s'";
    for (String table : List.of("EVENT_PUBLICATION", "EVENT_PUBLICATION_ARCHIVE")) {
      String name = db.kind() == DatabaseKind.POSTGRESQL ? table.toLowerCase(java.util.Locale.ROOT) : table;
      db.execute("INSERT INTO " + name + " (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE,"
          + " COMPLETION_DATE, STATUS, COMPLETION_ATTEMPTS) VALUES (" + id.formatted("9f6c0b8e-8f0e-4c55-9d57-2b0c6f1e0001")
          + ", 'com.example.Listener.on', 'com.example.OrderPlaced', '{\"id\":1}', TIMESTAMP '2026-01-01 10:00:00',"
          + " TIMESTAMP '2026-01-01 10:00:01', 'COMPLETED', 1)",
          "INSERT INTO " + name + " (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, STATUS,"
          + " COMPLETION_ATTEMPTS) VALUES (" + id.formatted("9f6c0b8e-8f0e-4c55-9d57-2b0c6f1e0002")
          + ", 'com.example.Listener.on', 'com.example.OrderPlaced', '{\"id\":2}', TIMESTAMP '2026-01-02 10:00:00',"
          + " 'PUBLISHED', 0)");
    }
  }

  /** The registry's table and its archive, from the v2 scripts Spring Modulith ships for this database. */
  static void schemaScripts(TestDatabase db) throws Exception {
    String platform = switch (db.kind()) {
      case POSTGRESQL -> "postgresql";
      case MARIADB -> "mariadb";
      case H2 -> "h2";
    };
    for (String script : List.of("schema-" + platform + ".sql", "schema-" + platform + "-archive.sql")) {
      db.execute(statements("org/springframework/modulith/events/jdbc/schemas/v2/" + script));
    }
  }

  /** The scripts hold plain statements ended by semicolons, with no semicolon inside one. */
  private static String[] statements(String resource) throws Exception {
    try (InputStream in = ModulithCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path");
      }
      return java.util.Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";"))
          .map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
  }
}
