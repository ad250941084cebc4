package dev.retort.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keycloak.connections.jpa.updater.liquibase.ThreadLocalSessionContext;
import org.keycloak.connections.jpa.updater.liquibase.UpdatedMariaDBDatabase;
import org.keycloak.models.KeycloakSession;

/**
 * Keycloak's JPA model (org.keycloak:keycloak-model-jpa): the entities its default-persistence.xml lists,
 * against Hibernate's export and against the schema its own Liquibase changelogs build.
 */
class KeycloakCorpusTest {
  /** Keycloak's H2 URLs carry NON_KEYWORDS=VALUE: its entities and changelogs name columns VALUE. */
  private static final List<String> H2_SESSION = List.of("SET NON_KEYWORDS VALUE");

  private static CorpusModel model;

  @BeforeAll
  static void load() throws Exception {
    model = new CorpusModel("keycloak", MappedClasses.fromPersistenceXml(KeycloakCorpusTest.class.getClassLoader(),
        "default-persistence.xml"), Map.of(), Map.of(DatabaseKind.H2, H2_SESSION));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void initialMigrationIsHibernatesExport(DatabaseKind kind) throws Exception {
    List<SchemaOp> initial = new CorpusCheck(model).initialMigrationIsHibernatesExport(kind);
    System.out.println("CORPUS keycloak " + kind + " initial " + initial.size());
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void nothingToDoAfterHibernatesExport(DatabaseKind kind) throws Exception {
    assertThat(new CorpusCheck(model).autogenAfterHibernatesExport(kind)).extracting(SchemaOp::describe).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void projectSchemaMigrates(DatabaseKind kind) throws Exception {
    new CorpusCheck(model, LiquibaseSchema.WITHOUT_LIQUIBASE_TABLES)
        .projectSchemaMigrates(kind, KeycloakCorpusTest::changelog, db -> { }, List.of());
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
