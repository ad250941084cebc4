package dev.retort.autogen.entity;

import dev.retort.autogen.discovery.ClassReferences;
import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.autogen.discovery.MissingClass;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate's mapping metadata for a set of classes, built offline: the dialect and database version are
 * given, so no connection is opened while Hibernate boots. Bean Validation's relational constraints are
 * applied through the same call Hibernate makes when a session factory starts, so the columns come out as
 * Hibernate's own schema export writes them.
 */
public final class EntityMetadata implements AutoCloseable {
  private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";
  private static final String APPLY_TO_DDL = "hibernate.validator.apply_to_ddl";

  private final StandardServiceRegistry registry;
  private final Metadata metadata;

  private EntityMetadata(StandardServiceRegistry registry, Metadata metadata) {
    this.registry = registry;
    this.metadata = metadata;
  }

  public static EntityMetadata build(List<Class<?>> classes, ClassLoader loader, SqlDialect dialect,
      int databaseMajor, int databaseMinor) {
    return build(classes, loader, dialect, databaseMajor, databaseMinor, Map.of());
  }

  /**
   * As above, with the application's own Hibernate settings (a naming strategy, say), which shape the
   * schema as they shape the application's; the settings that keep the build offline win over them.
   */
  public static EntityMetadata build(List<Class<?>> classes, ClassLoader loader, SqlDialect dialect,
      int databaseMajor, int databaseMinor, Map<String, String> hibernateSettings) {
    return build(new DiscoveredEntities(loader, "", classes, List.of(), List.of(), List.of(), ClassReferences.NONE),
        dialect, databaseMajor, databaseMinor, hibernateSettings);
  }

  /**
   * The discovered classes and mapping files ({@code orm.xml}); a class missing from the class path while
   * Hibernate reads them is reported with the mapped classes that name it.
   */
  public static EntityMetadata build(DiscoveredEntities entities, SqlDialect dialect, int databaseMajor,
      int databaseMinor, Map<String, String> projectSettings) {
    ClassLoader loader = entities.loader();
    // every front end reads entities through here, so each maps a Spring Boot application with its naming
    Map<String, String> hibernateSettings = HibernateSettings.forEntities(loader, projectSettings);
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
        .applyClassLoader(new PackageInfoLoader(loader)).build();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
        .applySettings(new HashMap<String, Object>(hibernateSettings))
        .applySetting("hibernate.dialect", HibernateDialects.className(dialect))
        .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
        .applySetting("jakarta.persistence.database-major-version", Integer.toString(databaseMajor))
        .applySetting("jakarta.persistence.database-minor-version", Integer.toString(databaseMinor))
        .applySetting("jakarta.persistence.validation.mode", "none")
        .build();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.classes().forEach(sources::addAnnotatedClass);
      entities.mappingFiles().forEach(sources::addURL);
      Metadata metadata = sources.buildMetadata();
      // Hibernate's own switch for Bean Validation in DDL, honoured as Hibernate honours it
      if (!"false".equalsIgnoreCase(hibernateSettings.getOrDefault(APPLY_TO_DDL, "true").strip())
          && ConstraintUse.possible(mappedClasses(metadata, entities), loader)) {
        applyBeanValidation(metadata, registry, loader);
      }
      return new EntityMetadata(registry, metadata);
    } catch (RuntimeException | LinkageError e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw failure(e, entities);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * A failure while Hibernate reads the entities, as the error to report: a missing class is named with the
   * mapped classes that use it.
   */
  static RetortException failure(Throwable e, DiscoveredEntities entities) {
    if (e instanceof RetortException retort) {
      return retort;
    }
    Optional<MissingClass> missing = MissingClass.in(e);
    if (missing.isPresent()) {
      return missing.get().error(entities.references().uses(missing.get().name()),
          entities.packageName().isEmpty() ? "the entities" : "the entities in " + entities.packageName(), e);
    }
    Optional<FailureSource> source = FailureSource.in(e, entities.loader());
    if (source.isPresent()) {
      return libraryFailure(e, source.get());
    }
    // a linkage error is a class built against other versions of its dependencies: its name says which
    return new RetortException(ErrorCode.ENTITY_MAPPING_FAILED, "Hibernate cannot map the entities: "
        + (e instanceof LinkageError ? e.toString() : e.getMessage()) + ". Nothing was written. Fix the mapping"
        + " (the message names the entity), then rerun.", e);
  }

  /**
   * A failure raised in a class the entities' class path brings (a generator, an integrator, Envers): most
   * often a library built for another Hibernate, which the entities' names would not reveal.
   */
  private static RetortException libraryFailure(Throwable e, FailureSource source) {
    String hibernate = org.hibernate.Version.getVersionString();
    String where = source.className() + " (" + source.location() + " on the entities' class path)";
    if (e instanceof LinkageError) {
      return new RetortException(ErrorCode.ENTITY_MAPPING_FAILED, "Hibernate cannot map the entities: " + where
          + " does not fit Retort's Hibernate " + hibernate + ": " + e + "; it was built against another version"
          + " of Hibernate or of a library they share. Nothing was written. Put a version of " + source.location()
          + " built for Hibernate " + hibernate + " on --classpath (or classpath in retort.properties), or leave it"
          + " out if the entities do not need it, then rerun.", e);
    }
    return new RetortException(ErrorCode.ENTITY_MAPPING_FAILED, "Hibernate cannot map the entities: " + where
        + " failed while Hibernate " + hibernate + " read them: " + e.getMessage() + ". Nothing was written. If "
        + source.location() + " was built for another Hibernate, put a version built for Hibernate " + hibernate
        + " on --classpath (or classpath in retort.properties); otherwise fix " + source.className()
        + "; then rerun.", e);
  }

  /** The classes whose members Bean Validation reads for the schema: entities, their embeddables, and more. */
  private static List<Class<?>> mappedClasses(Metadata metadata, DiscoveredEntities entities) {
    List<Class<?>> classes = new ArrayList<>(entities.classes());
    metadata.getEntityBindings().forEach(entity -> {
      if (entity.getMappedClass() != null) {
        classes.add(entity.getMappedClass());
      }
    });
    if (metadata instanceof MetadataImplementor implementor) {
      implementor.visitRegisteredComponents(component -> {
        if (!component.isDynamic() && component.getComponentClassName() != null) {
          classes.add(component.getComponentClass());
        }
      });
    }
    return classes;
  }

  /**
   * Hibernate applies these constraints from a class that is not public API; calling the same method
   * reflectively keeps the result identical to what Hibernate's own export writes.
   */
  private static void applyBeanValidation(Metadata metadata, StandardServiceRegistry registry,
      ClassLoader loader) {
    try (ValidatorFactory validation = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()) {
      Method apply = Class.forName(ACTIVATOR).getDeclaredMethod("applyRelationalConstraints",
          ValidatorFactory.class, Collection.class, Map.class, Dialect.class, ClassLoaderAccess.class);
      apply.setAccessible(true);
      apply.invoke(null, validation, metadata.getEntityBindings(),
          registry.requireService(ConfigurationService.class).getSettings(),
          metadata.getDatabase().getDialect(),
          new ClassLoaderAccessImpl(loader, registry.requireService(ClassLoaderService.class)));
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this Hibernate version has no " + ACTIVATOR
          + ".applyRelationalConstraints; Bean Validation constraints cannot be applied", e);
    }
  }

  public Metadata metadata() {
    return metadata;
  }

  /** The service registry the metadata was built with (tests hand it to Hibernate's own exporter). */
  StandardServiceRegistry registry() {
    return registry;
  }

  @Override
  public void close() {
    StandardServiceRegistryBuilder.destroy(registry);
  }
}
