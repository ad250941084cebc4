package dev.retort.autogen.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.autogen.discovery.ClassHeader.Nesting;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.testing.JavaSources;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class-level reading of class files compiled from source, and the fallback for files ASM cannot read. */
class ClassHeadersTest {
  @TempDir
  Path dir;

  @Test
  void readsNestingModifiersAnnotationsAndAutoApply() throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("fx.h.Outer", """
        package fx.h;
        @jakarta.persistence.Entity
        public class Outer {
          @jakarta.persistence.Embeddable static class Member {}
          class Inner {}
          @jakarta.persistence.Converter(autoApply = true)
          public static class YesNo implements jakarta.persistence.AttributeConverter<Boolean, String> {
            public String convertToDatabaseColumn(Boolean b) { return b ? "Y" : "N"; }
            public Boolean convertToEntityAttribute(String s) { return "Y".equals(s); }
          }
          Object make() {
            class Local {}
            return new Object() { Local local = new Local(); };
          }
        }"""));

    Map<String, ClassHeader> headers = headers(classes, "fx/h/Outer.class", "fx/h/Outer$Member.class",
        "fx/h/Outer$Inner.class", "fx/h/Outer$YesNo.class", "fx/h/Outer$1Local.class", "fx/h/Outer$1.class",
        "fx/h/Absent.class");

    assertThat(headers.keySet()).containsExactly("fx.h.Outer", "fx.h.Outer$Member", "fx.h.Outer$Inner",
        "fx.h.Outer$YesNo", "fx.h.Outer$1Local", "fx.h.Outer$1");
    assertThat(headers.get("fx.h.Outer").nesting()).isEqualTo(Nesting.TOP_LEVEL);
    assertThat(headers.get("fx.h.Outer").annotations()).containsExactly("jakarta.persistence.Entity");
    assertThat(headers.get("fx.h.Outer$Member").nesting()).isEqualTo(Nesting.MEMBER);
    assertThat(Modifier.isStatic(headers.get("fx.h.Outer$Member").flags())).isTrue();
    assertThat(headers.get("fx.h.Outer$Inner").nesting()).isEqualTo(Nesting.MEMBER);
    assertThat(Modifier.isStatic(headers.get("fx.h.Outer$Inner").flags())).isFalse();
    assertThat(headers.get("fx.h.Outer$YesNo").autoApply()).isTrue();
    assertThat(headers.get("fx.h.Outer$1Local").nesting()).isEqualTo(Nesting.LOCAL);
    assertThat(headers.get("fx.h.Outer$1").nesting()).isEqualTo(Nesting.ANONYMOUS);
    assertThat(headers.get("fx.h.Outer$Member").autoApply()).isFalse();
  }

  @Test
  void aClassFileNewerThanAsmKnowsIsReadWithJandexToTheSameHeader() throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("fx.h.Order", """
        package fx.h;
        public class Order {
          @jakarta.persistence.Converter(autoApply = true)
          public static class Code implements jakarta.persistence.AttributeConverter<String, String> {
            public String convertToDatabaseColumn(String s) { return s; }
            public String convertToEntityAttribute(String s) { return s; }
          }
        }"""));
    byte[] bytes = Files.readAllBytes(classes.resolve("fx/h/Order$Code.class"));
    byte[] future = bytes.clone();
    // major version 99: a JDK far ahead of this ASM
    future[6] = 0;
    future[7] = 99;

    assertThat(ClassHeaders.read("fx/h/Order$Code.class", future))
        .isEqualTo(ClassHeaders.read("fx/h/Order$Code.class", bytes));
  }

  @Test
  void aDamagedClassFileIsNamedInTheError() throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("fx.h.Broken", "package fx.h; public class Broken {}"));
    Path file = classes.resolve("fx/h/Broken.class");
    Files.write(file, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 9});

    RetortException e = catchThrowableOfType(RetortException.class,
        () -> headers(classes, "fx/h/Broken.class"));

    assertThat(e.code()).isEqualTo(ErrorCode.ENTITY_MAPPING_FAILED);
    assertThat(e.getMessage()).startsWith("Cannot read the class file fx/h/Broken.class on the entities' class"
        + " path: ").contains("Nothing was written.");
  }

  private static Map<String, ClassHeader> headers(Path classes, String... paths) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
        ClassHeadersTest.class.getClassLoader())) {
      return ClassHeaders.read(loader, List.of(paths));
    }
  }
}
