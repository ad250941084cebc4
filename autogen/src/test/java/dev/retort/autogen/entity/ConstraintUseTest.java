package dev.retort.autogen.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.entity.constraintuse.none.Plain;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.SchemaModel;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bean Validation is skipped only for models without a constraint; each way a constraint can reach a class
 * from outside the class itself still reaches the schema.
 */
class ConstraintUseTest {
  private static final ClassLoader LOADER = ConstraintUseTest.class.getClassLoader();

  private static String column(String packageName, String table, String column) {
    SchemaModel model = EntityModels.read(LOADER, "dev.retort.autogen.entity.constraintuse." + packageName,
        Dialects.forName("postgresql"), 15, 0, Map.of());
    ColumnDef def = model.tables().stream().filter(t -> t.name().equalsIgnoreCase(table)).findFirst().orElseThrow()
        .columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst().orElseThrow();
    return def.type().describe() + (def.isNullable() ? " null" : " not null");
  }

  @Test
  void aConstraintOnASuperclassOutsideThePackage() {
    assertThat(column("inherited", "Ticket", "stampedBy")).isEqualTo("varchar(255) not null");
  }

  @Test
  void aConstraintOnAnInterfaceGetter() {
    assertThat(column("viainterface", "Tag", "name")).isEqualTo("varchar(255) not null");
  }

  @Test
  void aConstraintInAnEmbeddableOutsideThePackage() {
    assertThat(column("embedded", "Office", "city")).isEqualTo("varchar(40) null");
  }

  @Test
  void aConstraintOfTheApplicationsOwnMadeOfABuiltInOne() {
    assertThat(column("composed", "Part", "code")).isEqualTo("varchar(255) not null");
  }

  @Test
  void aRepeatedConstraint() {
    assertThat(column("repeated", "Note", "title")).isEqualTo("varchar(30) null");
  }

  @Test
  void aModelWithoutConstraintsNeedsNoValidator() {
    assertThat(ConstraintUse.possible(List.of(Plain.class), LOADER)).isFalse();
    assertThat(column("none", "Plain", "label")).isEqualTo("varchar(20) null");
  }

  @Test
  void anXmlConstraintMappingCounts(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("META-INF"));
    Files.writeString(dir.resolve("META-INF/validation.xml"), "<validation-config/>");
    try (URLClassLoader withXml = new URLClassLoader(new URL[] {dir.toUri().toURL()}, LOADER)) {
      assertThat(ConstraintUse.possible(List.of(Plain.class), withXml)).isTrue();
    }
  }
}
