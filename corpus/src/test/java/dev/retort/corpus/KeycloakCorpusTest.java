package dev.retort.corpus;

import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.keycloak.connections.jpa.updater.liquibase.ThreadLocalSessionContext;
import org.keycloak.connections.jpa.updater.liquibase.UpdatedMariaDBDatabase;
import org.keycloak.models.KeycloakSession;

/**
 * Keycloak's JPA model (org.keycloak:keycloak-model-jpa): the entities its default-persistence.xml lists,
 * against Hibernate's export and against the schema its own Liquibase changelogs build.
 */
class KeycloakCorpusTest extends CorpusTest {
  /** Keycloak's H2 URLs carry NON_KEYWORDS=VALUE: its entities and changelogs name columns VALUE. */
  private static final List<String> H2_SESSION = List.of("SET NON_KEYWORDS VALUE");

  private static CorpusModel model;

  @BeforeAll
  static void load() throws Exception {
    model = new CorpusModel("keycloak", MappedClasses.fromPersistenceXml(KeycloakCorpusTest.class.getClassLoader(),
        "default-persistence.xml"), Map.of(), Map.of(DatabaseKind.H2, H2_SESSION));
  }

  @Override
  CorpusModel model() {
    return model;
  }

  @Override
  CorpusCheck check() {
    return new CorpusCheck(model, LiquibaseSchema.WITHOUT_LIQUIBASE_TABLES);
  }

  @Override
  ProjectSchema projectSchema() {
    return KeycloakCorpusTest::changelog;
  }

  @Override
  SampleRows sampleRows() {
    return KeycloakCorpusTest::sampleRows;
  }

  @Override
  List<String> expectedOperations(DatabaseKind kind) throws Exception {
    return expected(kind);
  }

  /**
   * The expected operations, one a line with the reason each is real, in keycloak/expected-{database}.txt;
   * the false differences autogenerate proposes today are listed there too, commented out. On H2 the
   * lines for three tables are read off PostgreSQL's: H2 cannot introspect them yet (their key columns
   * were renamed, and H2's KEY_COLUMN_USAGE still names the old columns).
   */
  private static List<String> expected(DatabaseKind kind) throws Exception {
    String resource = "keycloak/expected-" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".txt";
    try (java.io.InputStream in = KeycloakCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.substring(0, line.indexOf("  # ")))
          .toList();
    }
  }

  /** The jar ships no sample data: a realm with a client, a role and a user holding the role and an attribute. */
  static void sampleRows(TestDatabase db) throws Exception {
    String value = db.kind() == DatabaseKind.H2 ? "\"VALUE\"" : "VALUE";
    db.execute(
        "INSERT INTO REALM (ID, NAME, ENABLED, SSO_MAX_LIFESPAN_REMEMBER_ME, SSO_IDLE_TIMEOUT_REMEMBER_ME)"
            + " VALUES ('r1', 'acme', TRUE, 0, 0)",
        "INSERT INTO CLIENT (ID, CLIENT_ID, REALM_ID, ENABLED) VALUES ('c1', 'shop', 'r1', TRUE)",
        "INSERT INTO KEYCLOAK_ROLE (ID, NAME, REALM_ID, CLIENT_ROLE) VALUES ('k1', 'buyer', 'r1', FALSE)",
        "INSERT INTO USER_ENTITY (ID, USERNAME, EMAIL, REALM_ID, ENABLED, EMAIL_VERIFIED, CREATED_TIMESTAMP)"
            + " VALUES ('u1', 'alice', 'alice@example.com', 'r1', TRUE, TRUE, 1767225600000)",
        "INSERT INTO USER_ROLE_MAPPING (ROLE_ID, USER_ID) VALUES ('k1', 'u1')",
        "INSERT INTO USER_ATTRIBUTE (ID, NAME, " + value + ", USER_ID) VALUES ('a1', 'locale', 'en', 'u1')");
  }

  /**
   * Keycloak's changelog as its server runs it: its custom changes ask for the current session before
   * they run, and migrate existing rows only, so on an empty database a session that answers nothing
   * serves; any call on it fails the build, naming the method.
   */
  static void changelog(TestDatabase db) throws Exception {
    KeycloakSession session = (KeycloakSession) Proxy.newProxyInstance(KeycloakSession.class.getClassLoader(),
        new Class<?>[] {KeycloakSession.class}, (proxy, method, args) -> {
          if (method.getName().equals("toString")) {
            return "no session";
          }
          throw new UnsupportedOperationException("Keycloak's changelog asked the session for " + method);
        });
    ThreadLocalSessionContext.setCurrentSession(session);
    try {
      LiquibaseSchema.update(db, "META-INF/jpa-changelog-master.xml",
          db.kind() == DatabaseKind.MARIADB ? UpdatedMariaDBDatabase::new : null,
          db.kind() == DatabaseKind.H2 ? H2_SESSION : List.of());
    } finally {
      ThreadLocalSessionContext.removeCurrentSession();
    }
  }
}
