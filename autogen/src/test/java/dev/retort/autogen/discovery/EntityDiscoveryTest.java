package dev.retort.autogen.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.autogen.entity.EntityModels;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.schema.TableDef;
import dev.retort.engine.testing.JavaSources;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery on class paths like real projects have, built in each test from source: helpers that cannot load,
 * nested entities, persistence.xml, orm.xml, entities needing a class that is missing.
 */
class EntityDiscoveryTest {
  private static final String NOT_MAPPED = "not annotated @Entity, @Embeddable, @MappedSuperclass or"
      + " @Converter(autoApply = true); loaded only if a mapped class uses it";

  @TempDir
  Path dir;

  @Test
  void loadsOnlyMappedClassesIncludingNestedOnes() throws Exception {
    Path lib = JavaSources.compile(dir.resolve("lib"), Map.of("fx.lib.Base", "package fx.lib; public class Base {}"));
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.app.Order", entity("fx.app", "Order", "orders", "String code;"),
        "fx.app.Helper", "package fx.app; public class Helper extends fx.lib.Base {}",
        "fx.app.Outer", """
            package fx.app;
            public class Outer {
              @jakarta.persistence.Entity @jakarta.persistence.Table(name = "order_lines")
              public static class Line { @jakarta.persistence.Id Long id; }
            }""",
        "fx.app.YesNo", """
            package fx.app;
            @jakarta.persistence.Converter(autoApply = true)
            public class YesNo implements jakarta.persistence.AttributeConverter<Boolean, String> {
              public String convertToDatabaseColumn(Boolean b) { return b ? "Y" : "N"; }
              public Boolean convertToEntityAttribute(String s) { return "Y".equals(s); }
            }""",
        "fx.app.Plain", """
            package fx.app;
            @jakarta.persistence.Converter
            public class Plain implements jakarta.persistence.AttributeConverter<String, String> {
              public String convertToDatabaseColumn(String s) { return s; }
              public String convertToEntityAttribute(String s) { return s; }
            }"""), lib);
    Files.delete(lib.resolve("fx/lib/Base.class"));

    try (RecordingLoader loader = new RecordingLoader(classes)) {
      DiscoveredEntities found = EntityDiscovery.discover(loader, "fx.app");

      assertThat(found.classes()).extracting(Class::getName)
          .containsExactly("fx.app.Order", "fx.app.Outer$Line", "fx.app.YesNo");
      assertThat(found.skipped()).containsExactly(
          new SkippedClass("fx.app.Helper", NOT_MAPPED),
          new SkippedClass("fx.app.Outer", NOT_MAPPED),
          new SkippedClass("fx.app.Plain", "@Converter without autoApply = true; loaded only through the"
              + " @Convert that names it"));
      assertThat(found.warnings()).isEmpty();
      assertThat(tables(found)).containsExactly("order_lines", "orders");
      // Hibernate asks for a nested entity's outer class itself; the helper is never asked for, by anyone
      assertThat(loader.requested).doesNotContain("fx.app.Helper", "fx.lib.Base");
    }
  }

  @Test
  void innerClassesThatCannotBeEntitiesAreNamedInAWarning() throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.inner.Order", entity("fx.inner", "Order", "orders", ""),
        "fx.inner.Holder", """
            package fx.inner;
            public class Holder {
              @jakarta.persistence.Entity public class Row { @jakarta.persistence.Id Long id; }
            }"""));
    try (URLClassLoader loader = loader(classes)) {
      DiscoveredEntities found = EntityDiscovery.discover(loader, "fx.inner");

      assertThat(found.classes()).extracting(Class::getName).containsExactly("fx.inner.Order");
      assertThat(found.warnings()).containsExactly("Left out entity fx.inner.Holder$Row: an inner class needs an"
          + " instance of its outer class, so Hibernate cannot create it; declare it static.");
    }
  }

  @Test
  void entitiesStillOnJavaxPersistenceAreNamedInsteadOfNotFound() throws Exception {
    Path legacyApi = JavaSources.compile(dir.resolve("javax"), Map.of("javax.persistence.Entity", """
        package javax.persistence;
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
        public @interface Entity {}"""));
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("fx.old.Order",
        "package fx.old; @javax.persistence.Entity public class Order { Long id; }"), legacyApi);
    try (URLClassLoader loader = loader(classes)) {
      RetortException e = catchThrowableOfType(RetortException.class,
          () -> EntityDiscovery.discover(loader, "fx.old"));

      assertThat(e.code()).isEqualTo(ErrorCode.NO_ENTITIES);
      assertThat(e.getMessage()).isEqualTo("No @Entity classes found in package 'fx.old' or its sub-packages"
          + " (fx.old.Order is annotated with javax.persistence, which Hibernate "
          + org.hibernate.Version.getVersionString() + " does not read). Nothing was written. Check the package"
          + " name, and that --classpath (or classpath in retort.properties) names the folder or jar that holds"
          + " the compiled entities; move the entities to jakarta.persistence.");
    }
  }

  @Test
  void persistenceXmlAddsItsClassesFromEveryUnitAndItsMappingFiles() throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.pu.Order", entity("fx.pu", "Order", "orders", ""),
        "fx.other.Tag", entity("fx.other", "Tag", "tags", ""),
        "fx.other.Note", entity("fx.other", "Note", "notes", "")));
    write(classes.resolve("META-INF/persistence.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
          <persistence-unit name="main">
            <mapping-file>META-INF/tags-orm.xml</mapping-file>
            <class>fx.other.Tag</class>
          </persistence-unit>
          <persistence-unit name="archive">
            <class>fx.other.Note</class>
            <class>fx.pu.Order</class>
          </persistence-unit>
        </persistence>
        """);
    write(classes.resolve("META-INF/tags-orm.xml"), ormXml("fx.other.Tag", "labels"));
    try (URLClassLoader loader = loader(classes)) {
      DiscoveredEntities found = EntityDiscovery.discover(loader, "fx.pu");

      assertThat(found.classes()).extracting(Class::getName)
          .containsExactly("fx.pu.Order", "fx.other.Tag", "fx.other.Note");
      assertThat(found.mappingFiles()).containsExactly(classes.resolve("META-INF/tags-orm.xml").toUri().toURL());
      assertThat(tables(found)).containsExactly("labels", "notes", "orders");
    }
  }

  @Test
  void aClassPersistenceXmlListsThatIsMissingIsNamedWithTheFile() throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.pu.Order", entity("fx.pu", "Order", "orders", "")));
    Path persistenceXml = write(classes.resolve("META-INF/persistence.xml"), """
        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
          <persistence-unit name="main"><class>fx.gone.Tag</class></persistence-unit>
        </persistence>
        """);
    try (URLClassLoader loader = loader(classes)) {
      RetortException e = catchThrowableOfType(RetortException.class,
          () -> EntityDiscovery.discover(loader, "fx.pu"));

      assertThat(e.code()).isEqualTo(ErrorCode.ENTITY_MAPPING_FAILED);
      assertThat(e.getMessage()).isEqualTo("Class fx.gone.Tag (listed in " + persistenceXml.toUri().toURL()
          + ") is not on the entities' class path. Nothing was written. Add the jar or folder that holds it to"
          + " --classpath (or classpath in retort.properties), then rerun.");
    }
  }

  @Test
  void ormXmlOnTheClassPathRenamesATable() throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.orm.Order", entity("fx.orm", "Order", "orders", "String code;")));
    write(classes.resolve("META-INF/orm.xml"), ormXml("fx.orm.Order", "purchase_orders"));
    try (URLClassLoader loader = loader(classes)) {
      assertThat(tables(EntityDiscovery.discover(loader, "fx.orm"))).containsExactly("purchase_orders");
    }
  }

  @Test
  void aFieldTypeMissingFromTheClassPathIsNamedWithItsEntity() throws Exception {
    Path lib = JavaSources.compile(dir.resolve("lib"), Map.of("fx.lib.Money", "package fx.lib; public class Money {}"));
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.bad.Invoice", entity("fx.bad", "Invoice", "invoices",
            "@jakarta.persistence.Transient fx.lib.Money amount;")),
        lib);
    Files.delete(lib.resolve("fx/lib/Money.class"));
    try (URLClassLoader loader = loader(classes)) {
      RetortException e = catchThrowableOfType(RetortException.class,
          () -> EntityDiscovery.discover(loader, "fx.bad"));

      assertThat(e.code()).isEqualTo(ErrorCode.ENTITY_MAPPING_FAILED);
      assertThat(e.getMessage()).isEqualTo("Entity fx.bad.Invoice needs class fx.lib.Money (field amount), which is"
          + " not on the entities' class path, so Hibernate cannot map it. Nothing was written. Add the jar that"
          + " holds fx.lib.Money to --classpath (or classpath in retort.properties), then rerun.");
    }
  }

  @Test
  void aMappedClassWhoseSuperclassIsMissingIsNamed() throws Exception {
    Path lib = JavaSources.compile(dir.resolve("lib"), Map.of("fx.lib.Base",
        "package fx.lib; @jakarta.persistence.MappedSuperclass\n"
            + "public class Base { @jakarta.persistence.Id Long id; }"));
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("fx.sub.Child", """
        package fx.sub;
        @jakarta.persistence.Entity public class Child extends fx.lib.Base { String name; }"""), lib);
    Files.delete(lib.resolve("fx/lib/Base.class"));
    try (URLClassLoader loader = loader(classes)) {
      RetortException e = catchThrowableOfType(RetortException.class,
          () -> EntityDiscovery.discover(loader, "fx.sub"));

      assertThat(e.code()).isEqualTo(ErrorCode.ENTITY_MAPPING_FAILED);
      assertThat(e.getMessage()).isEqualTo("Entity fx.sub.Child needs class fx.lib.Base (its superclass), which is"
          + " not on the entities' class path, so Hibernate cannot map it. Nothing was written. Add the jar that"
          + " holds fx.lib.Base to --classpath (or classpath in retort.properties), then rerun.");
    }
  }

  /** Hibernate reads every method of an entity; a missing parameter type fails there and is named the same way. */
  @Test
  void aClassMissingWhileHibernateReadsTheEntityIsNamedWithItsEntity() throws Exception {
    Path lib = JavaSources.compile(dir.resolve("lib"), Map.of("fx.lib.Money", "package fx.lib; public class Money {}"));
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
        "fx.late.Payment", entity("fx.late", "Payment", "payments", "public void settle(fx.lib.Money m) {}")), lib);
    Files.delete(lib.resolve("fx/lib/Money.class"));
    try (URLClassLoader loader = loader(classes)) {
      DiscoveredEntities found = EntityDiscovery.discover(loader, "fx.late");
      RetortException e = catchThrowableOfType(RetortException.class, () -> tables(found));

      assertThat(e.code()).isEqualTo(ErrorCode.ENTITY_MAPPING_FAILED);
      assertThat(e.getMessage()).isEqualTo("Entity fx.late.Payment needs class fx.lib.Money (method settle), which"
          + " is not on the entities' class path, so Hibernate cannot map it. Nothing was written. Add the jar that"
          + " holds fx.lib.Money to --classpath (or classpath in retort.properties), then rerun.");
    }
  }

  private static String entity(String packageName, String name, String table, String members) {
    return "package " + packageName + ";\n"
        + "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"" + table + "\")\n"
        + "public class " + name + " {\n  @jakarta.persistence.Id Long id;\n  " + members + "\n}\n";
  }

  private static String ormXml(String className, String table) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.1">
          <entity class="%s">
            <table name="%s"/>
          </entity>
        </entity-mappings>
        """.formatted(className, table);
  }

  private static List<String> tables(DiscoveredEntities found) {
    return EntityModels.read(found, Dialects.forName("h2"), 2, 3, Map.of()).tables().stream()
        .map(TableDef::name).toList();
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static URLClassLoader loader(Path classes) throws IOException {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, EntityDiscoveryTest.class.getClassLoader());
  }

  /** Remembers every class it was asked for, to prove which ones discovery never loads. */
  private static final class RecordingLoader extends URLClassLoader {
    final List<String> requested = Collections.synchronizedList(new ArrayList<>());

    RecordingLoader(Path classes) throws IOException {
      super(new URL[] {classes.toUri().toURL()}, EntityDiscoveryTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      requested.add(name);
      return super.loadClass(name, resolve);
    }
  }
}
