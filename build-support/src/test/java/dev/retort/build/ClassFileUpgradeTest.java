package dev.retort.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** A Java 5 class file comes out a Java 8 one that the verifier accepts and that behaves the same. */
class ClassFileUpgradeTest {
  /** {@code public class old.Sign { public static String of(int n) { return n < 0 ? "minus" : "plus"; } }} */
  private static byte[] java5Class(String name) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
    MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(Opcodes.ALOAD, 0);
    init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    init.visitInsn(Opcodes.RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();
    MethodVisitor of = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "of", "(I)Ljava/lang/String;",
        null, null);
    of.visitCode();
    Label plus = new Label();
    of.visitVarInsn(Opcodes.ILOAD, 0);
    of.visitJumpInsn(Opcodes.IFGE, plus);
    of.visitLdcInsn("minus");
    of.visitInsn(Opcodes.ARETURN);
    of.visitLabel(plus);
    of.visitLdcInsn("plus");
    of.visitInsn(Opcodes.ARETURN);
    of.visitMaxs(0, 0);
    of.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  @Test
  void olderClassFilesOfThePackageBecomeJava8AndRunAsBefore(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("app.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (String name : new String[] {"old/Sign", "other/Sign"}) {
        out.putNextEntry(new ZipEntry(name + ".class"));
        out.write(java5Class(name));
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry("old/readme.txt"));
      out.write("kept".getBytes());
      out.closeEntry();
    }

    assertThat(ClassFileUpgrade.upgrade(jar, "old/")).isEqualTo(1);

    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertThat(ClassFileUpgrade.majorVersion(zip.getInputStream(zip.getEntry("old/Sign.class")).readAllBytes()))
          .isEqualTo(Opcodes.V1_8);
      assertThat(ClassFileUpgrade.majorVersion(zip.getInputStream(zip.getEntry("other/Sign.class"))
          .readAllBytes())).as("outside the package").isEqualTo(Opcodes.V1_5);
      assertThat(zip.getInputStream(zip.getEntry("old/readme.txt")).readAllBytes()).isEqualTo("kept".getBytes());
    }
    // a Java 8 class without correct stack map frames fails verification when it loads
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Class<?> sign = Class.forName("old.Sign", true, loader);
      assertThat(sign.getMethod("of", int.class).invoke(null, -3)).isEqualTo("minus");
      assertThat(sign.getMethod("of", int.class).invoke(null, 4)).isEqualTo("plus");
    }
  }

  @Test
  void everyPackageNamedIsUpgraded(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("app.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (String name : new String[] {"old/Sign", "older/Sign", "other/Sign"}) {
        out.putNextEntry(new ZipEntry(name + ".class"));
        out.write(java5Class(name));
        out.closeEntry();
      }
    }

    assertThat(ClassFileUpgrade.upgrade(jar, "old/", "older/")).isEqualTo(2);

    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertThat(ClassFileUpgrade.majorVersion(zip.getInputStream(zip.getEntry("older/Sign.class"))
          .readAllBytes())).isEqualTo(Opcodes.V1_8);
      assertThat(ClassFileUpgrade.majorVersion(zip.getInputStream(zip.getEntry("other/Sign.class"))
          .readAllBytes())).isEqualTo(Opcodes.V1_5);
    }
  }

  @Test
  void aSecondRunChangesNothing(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("app.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry("old/Sign.class"));
      out.write(java5Class("old/Sign"));
      out.closeEntry();
    }
    ClassFileUpgrade.upgrade(jar, "old/");
    assertThat(ClassFileUpgrade.upgrade(jar, "old/")).isZero();
  }
}
