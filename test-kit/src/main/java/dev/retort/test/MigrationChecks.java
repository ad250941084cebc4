package dev.retort.test;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.TableSelection;
import dev.retort.autogen.compare.Renames;
import dev.retort.autogen.compare.SchemaComparator;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.autogen.discovery.EntityDiscovery;
import dev.retort.engine.Retort;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.engine.runtime.ClasspathMigrations;
import dev.retort.engine.schema.SchemaModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Ready-made checks of an application's compiled migrations, each a line in a JUnit test:
 * <pre>{@code
 * MigrationChecks checks = MigrationChecks.forPackage("com.app.migrations").entities("com.app.model");
 * checks.singleHead();
 * checks.stairway();
 * checks.entitiesMatchDatabase();
 * checks.hibernateValidates();
 * }</pre>
 * Each check that needs a database runs on a fresh in-memory H2, or on the database given with
 * {@link #url(String)}, which must be empty and is downgraded to base again at the end. Hibernate is
 * configured as autogenerate configures it for the same project: with Spring Boot's naming strategies (and its
 * {@code application.properties}) when Spring Boot is on the class path, under the {@code hibernate.*} keys of
 * {@code retort.properties} in the working directory, under {@link #hibernate(Map)}.
 */
public final class MigrationChecks {
  private final String migrationsPackage;
  private String entityPackage;
  private String url;
  private String user = "";
  private String password = "";
  private final Map<String, String> hibernate = new TreeMap<>();
  private ClassLoader classLoader;

  private MigrationChecks(String migrationsPackage) {
    this.migrationsPackage = migrationsPackage;
  }

  /** Checks the migrations compiled into {@code migrationsPackage} (sub-packages are not read). */
  public static MigrationChecks forPackage(String migrationsPackage) {
    return new MigrationChecks(Objects.requireNonNull(migrationsPackage, "migrationsPackage == null"));
  }

  /** The package of the entities (and its sub-packages) the migrations should build the schema of. */
  public MigrationChecks entities(String entityPackage) {
    this.entityPackage = Objects.requireNonNull(entityPackage, "entityPackage == null");
    return this;
  }

  /** An empty database to run on instead of a fresh in-memory H2; it is left empty. */
  public MigrationChecks url(String url) {
    this.url = Objects.requireNonNull(url, "url == null");
    return this;
  }

  public MigrationChecks user(String user) {
    this.user = Objects.requireNonNull(user, "user == null");
    return this;
  }

  public MigrationChecks password(String password) {
    this.password = Objects.requireNonNull(password, "password == null");
    return this;
  }

  /** Hibernate settings (a naming strategy, say), over those of {@code retort.properties}. */
  public MigrationChecks hibernate(Map<String, String> settings) {
    hibernate.putAll(Objects.requireNonNull(settings, "settings == null"));
    return this;
  }

  /** Where migrations and entities are loaded from (default: the thread's context class loader). */
  public MigrationChecks classLoader(ClassLoader classLoader) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader == null");
    return this;
  }

  /** The migrations have exactly one head. */
  public void singleHead() {
    ClassLoader loader = loader();
    RevisionGraph graph = ClasspathMigrations.load(loader, migrationsPackage).graph();
    List<String> heads = graph.heads();
    if (heads.size() != 1) {
      throw new AssertionError("The migrations in " + migrationsPackage + " have " + heads.size() + " heads"
          + (heads.isEmpty() ? "" : ": " + labels(graph, heads)) + "; expected exactly one."
          + (heads.size() > 1 ? " Join them with `retort merge -m \"...\"`." : " Write a first migration."));
    }
  }

  /**
   * For every revision, parents first: upgrade to it, downgrade one step (which must give back the schema
   * from before), upgrade to it again.
   */
  public void stairway() {
    run(this::stairway);
  }

  /** After upgrade to head, autogenerating against the entities finds nothing. */
  public void entitiesMatchDatabase() {
    String entities = requireEntities("entitiesMatchDatabase");
    run((db, retort) -> {
      String head = upgradeHead(retort);
      SchemaDiff diff;
      try (Connection connection = db.connect()) {
        diff = new Autogenerator(retort.dialect(), TableSelection.ALL, hibernateSettings())
            .compare(connection, discover(entities), Renames.NONE);
      }
      if (!diff.isEmpty()) {
        throw new AssertionError("The entities in " + entities + " differ from the schema the migrations in "
            + migrationsPackage + " build (head " + head + "); autogenerate finds " + count(diff.upgrade())
            + ":\n" + describe(diff.upgrade()) + "\nRun `retort autogen` to write the migration that is missing.");
      }
    });
  }

  /** After upgrade to head, Hibernate's own schema validator ({@code hbm2ddl.auto=validate}) passes. */
  public void hibernateValidates() {
    String entities = requireEntities("hibernateValidates");
    run((db, retort) -> {
      String head = upgradeHead(retort);
      Optional<String> rejected = HibernateValidation.validate(discover(entities), db.url(), db.user(),
          db.password(), hibernateSettings());
      if (rejected.isPresent()) {
        throw new AssertionError("Hibernate's schema validator rejects the schema the migrations in "
            + migrationsPackage + " build (head " + head + ") for the entities in " + entities + ": "
            + rejected.get());
      }
    });
  }

  private void stairway(CheckDatabase db, Retort retort) {
    RevisionGraph graph = retort.migrations().graph();
    for (RevisionInfo revision : graph.revisions()) {
      SchemaModel before = db.schema(retort);
      step(revision, "upgrade", () -> retort.upgrade(revision.id()));
      step(revision, "downgrade", () -> retort.downgrade("-1"));
      SchemaModel after = db.schema(retort);
      List<SchemaOp> left = new SchemaComparator(retort.dialect()).compare(before, after).upgrade();
      if (!left.isEmpty()) {
        throw new AssertionError("Stairway failed at migration " + revision.label() + ": its downgrade does not"
            + " undo its upgrade; after upgrade and downgrade, getting back the schema from before it still takes "
            + count(left) + ":\n"
            + describe(left) + "\nMake downgrade() reverse every operation of upgrade(), in reverse order.");
      }
      step(revision, "upgrade again", () -> retort.upgrade(revision.id()));
    }
  }

  private static void step(RevisionInfo revision, String what, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      throw new AssertionError("Stairway failed at migration " + revision.label() + " (" + what + "): "
          + e.getMessage(), e);
    }
  }

  /** Runs {@code check} on an empty database and downgrades it to base afterwards, keeping the first failure. */
  private void run(Check check) {
    try (CheckDatabase db = CheckDatabase.open(url, user, password)) {
      Retort retort = db.load(migrationsPackage, loader());
      db.requireEmpty(retort);
      Throwable failure = null;
      try {
        check.run(db, retort);
      } catch (Exception | AssertionError e) {
        failure = e;
      }
      try {
        retort.downgrade("base");
      } catch (RuntimeException e) {
        if (failure == null) {
          throw new IllegalStateException("The checks passed, but downgrading " + db.url() + " to base failed: "
              + e.getMessage() + ". Empty the database by hand.", e);
        }
        failure.addSuppressed(e);
      }
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure != null) {
        throw new IllegalStateException(failure.getMessage(), failure);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Closing the check database failed: " + e.getMessage(), e);
    }
  }

  private String upgradeHead(Retort retort) {
    List<String> heads = retort.migrations().graph().heads();
    retort.upgrade(heads.size() == 1 ? "head" : "heads");
    return String.join(", ", heads);
  }

  private DiscoveredEntities discover(String entities) {
    return EntityDiscovery.discover(loader(), entities);
  }

  private Map<String, String> hibernateSettings() {
    Map<String, String> settings = new TreeMap<>(ProjectSettings.hibernate(Path.of(System.getProperty("user.dir"))));
    settings.putAll(hibernate);
    return settings;
  }

  private String requireEntities(String check) {
    if (entityPackage == null) {
      throw new IllegalStateException(check + "() compares with the entities, and none were given. Call"
          + " entities(\"com.app.model\") first.");
    }
    return entityPackage;
  }

  private ClassLoader loader() {
    return classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
  }

  private static String labels(RevisionGraph graph, List<String> ids) {
    return ids.stream().map(id -> graph.get(id).label()).collect(Collectors.joining(", "));
  }

  private static String count(List<SchemaOp> ops) {
    return ops.size() + (ops.size() == 1 ? " operation" : " operations");
  }

  private static String describe(List<SchemaOp> ops) {
    return ops.stream().map(op -> "  " + op.describe()).collect(Collectors.joining("\n"));
  }

  @FunctionalInterface
  private interface Check {
    void run(CheckDatabase db, Retort retort) throws Exception;
  }
}
