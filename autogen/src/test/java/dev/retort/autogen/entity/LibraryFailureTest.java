package dev.retort.autogen.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.autogen.discovery.DiscoveredEntities;
import dev.retort.autogen.discovery.EntityDiscovery;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.testing.JavaSources;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hibernate.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library on the entities' class path that fails inside Hibernate's boot (HAPI FHIR's sequence generator and
 * Hibernate Envers 6 do under Hibernate 7) is named with its jar or folder, not taken for a mapping mistake.
 */
class LibraryFailureTest {
  private static final String CONTRIBUTOR = "org.hibernate.boot.spi.AdditionalMappingContributor";

  @TempDir
  Path dir;

  @Test
  void aLinkageErrorInALibraryNamesItsJarAndHibernatesVersion() throws Exception {
    Path api = JavaSources.compile(dir.resolve("api"), Map.of("fx.lib.Api",
        "package fx.lib; public class Api { public static void register() {} }"));
    Path lib = JavaSources.compile(dir.resolve("lib"), Map.of("fx.lib.Contributor",
        contributor("fx.lib.Api.register();"), "fx.app.Order", ORDER), api);
    // the library was compiled against an Api that had register(); the one it runs with has not
    JavaSources.compile(lib, Map.of("fx.lib.Api", "package fx.lib; public class Api {}"));
    RetortException e = mappingFailure(lib);

    assertThat(e.getMessage()).isEqualTo("Hibernate cannot map the entities: fx.lib.Contributor (lib on the"
        + " entities' class path) does not fit Retort's Hibernate " + Version.getVersionString() + ":"
        + " java.lang.NoSuchMethodError: 'void fx.lib.Api.register()'; it was built against another version of"
        + " Hibernate or of a library they share. Nothing was written. Put a version of lib built for Hibernate "
        + Version.getVersionString() + " on --classpath (or classpath in retort.properties), or leave it out if the"
        + " entities do not need it, then rerun.");
  }

  @Test
  void anExceptionRaisedInALibraryNamesTheClassAndItsJar() throws Exception {
    Path lib = JavaSources.compile(dir.resolve("lib"), Map.of("fx.lib.Contributor",
        contributor("throw new IllegalStateException(\"Unknown service requested [fx.lib.Massager]\");"),
        "fx.app.Order", ORDER));
    RetortException e = mappingFailure(lib);

    assertThat(e.getMessage()).isEqualTo("Hibernate cannot map the entities: fx.lib.Contributor (lib on the"
        + " entities' class path) failed while Hibernate " + Version.getVersionString() + " read them: Unknown"
        + " service requested [fx.lib.Massager]. Nothing was written. If lib was built for another Hibernate, put a"
        + " version built for Hibernate " + Version.getVersionString() + " on --classpath (or classpath in"
        + " retort.properties); otherwise fix fx.lib.Contributor; then rerun.");
  }

  @Test
  void aMappingMistakeInsideHibernateKeepsNamingTheMapping() throws Exception {
    Path lib = JavaSources.compile(dir.resolve("lib"), Map.of("fx.app.Order", """
        package fx.app;
        @jakarta.persistence.Entity public class Order {
          @jakarta.persistence.Id Long id;
          @jakarta.persistence.OneToMany(mappedBy = "nothing") java.util.List<Order> lines;
        }"""));
    RetortException e = mappingFailure(lib);

    assertThat(e.getMessage()).startsWith("Hibernate cannot map the entities: ")
        .contains("fx.app.Order.lines").endsWith(". Nothing was written. Fix the mapping (the message names the"
            + " entity), then rerun.");
  }

  private static final String ORDER = """
      package fx.app;
      @jakarta.persistence.Entity @jakarta.persistence.Table(name = "orders")
      public class Order { @jakarta.persistence.Id Long id; }""";

  private static String contributor(String body) {
    return """
        package fx.lib;
        public class Contributor implements org.hibernate.boot.spi.AdditionalMappingContributor {
          public void contribute(org.hibernate.boot.spi.AdditionalMappingContributions contributions,
              org.hibernate.boot.spi.InFlightMetadataCollector metadata, org.hibernate.boot.ResourceStreamLocator locator,
              org.hibernate.boot.spi.MetadataBuildingContext context) {
            %s
          }
        }""".formatted(body);
  }

  private RetortException mappingFailure(Path lib) throws Exception {
    Path services = lib.resolve("META-INF/services/" + CONTRIBUTOR);
    if (Files.exists(lib.resolve("fx/lib/Contributor.class"))) {
      Files.createDirectories(services.getParent());
      Files.writeString(services, "fx.lib.Contributor\n");
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {lib.toUri().toURL()},
        LibraryFailureTest.class.getClassLoader())) {
      DiscoveredEntities found = EntityDiscovery.discover(loader, "fx.app");
      RetortException e = catchThrowableOfType(RetortException.class,
          () -> EntityModels.read(found, Dialects.forName("h2"), 2, 3, Map.of()));
      assertThat(e.code()).isEqualTo(ErrorCode.ENTITY_MAPPING_FAILED);
      return e;
    }
  }
}
