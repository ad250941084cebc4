package dev.retort.autogen.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Hibernate's loader makes up an empty package-info only where a package has none. */
class PackageInfoLoaderTest {
  private static final ClassLoader TESTS = PackageInfoLoaderTest.class.getClassLoader();

  private static String columns(String entityPackage) {
    SchemaModel model = EntityModels.read(TESTS, entityPackage, Dialects.forName("h2"), 2, 5, Map.of());
    return model.tables().stream()
        .map(t -> t.name() + "(" + t.columns().stream().map(ColumnDef::name).collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining("\n"));
  }

  @Test
  void aPackagesOwnAnnotationsStillShapeItsTables() {
    assertThat(columns("dev.retort.autogen.entity.packageinfo.annotated")).isEqualTo("ticket(id, title, deleted)");
  }

  @Test
  void aPackageWithoutOneMapsAsBefore() {
    assertThat(columns("dev.retort.autogen.entity.packageinfo.plain")).isEqualTo("note(id, body)");
  }

  @Test
  void theMadeUpOneIsEmptyAndMadeOnce() throws Exception {
    PackageInfoLoader loader = new PackageInfoLoader(TESTS);
    Class<?> made = loader.loadClass("dev.retort.autogen.entity.packageinfo.plain.package-info");
    assertThat(made.getClassLoader()).isSameAs(loader);
    assertThat(made.isInterface()).isTrue();
    assertThat(made.getAnnotations()).isEmpty();
    assertThat(loader.loadClass("dev.retort.autogen.entity.packageinfo.plain.package-info")).isSameAs(made);
    Class<?> real = loader.loadClass("dev.retort.autogen.entity.packageinfo.annotated.package-info");
    assertThat(real.getClassLoader()).isSameAs(TESTS);
  }

  @Test
  void otherMissingClassesStayMissing() {
    PackageInfoLoader loader = new PackageInfoLoader(TESTS);
    assertThatThrownBy(() -> loader.loadClass("dev.retort.autogen.entity.packageinfo.plain.Absent"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> loader.loadClass(".package-info")).isInstanceOf(ClassNotFoundException.class);
  }
}
