package dev.retort.build;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of some packages in a jar that are older than Java 8 as Java 8 class files, with
 * the stack map frames those need computed: the JVM's class-data archive holds no class file older than
 * Java 6, nor any class that extends or implements one. Nothing else in a class changes.
 *
 * <p>Arguments: {@code JAR PACKAGE_PREFIX...} (such as {@code picocli/}); the jar is replaced in place.
 */
public final class ClassFileUpgrade {
  private static final int JAVA_8 = Opcodes.V1_8;

  private ClassFileUpgrade() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ClassFileUpgrade JAR PACKAGE_PREFIX...");
    }
    List<String> prefixes = List.of(args).subList(1, args.length);
    int upgraded = upgrade(Path.of(args[0]), prefixes.toArray(String[]::new));
    System.out.println("Upgraded " + upgraded + " class files under " + String.join(", ", prefixes) + " in "
        + args[0] + " to Java 8");
  }

  /** Rewrites the jar in place; returns how many class files changed. */
  public static int upgrade(Path jar, String... prefixes) throws IOException {
    Path upgraded = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
    int count = 0;
    try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()},
            ClassLoader.getPlatformClassLoader());
        ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(upgraded))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (under(entry.getName(), prefixes) && entry.getName().endsWith(".class")
            && majorVersion(bytes) < JAVA_8) {
          bytes = toJava8(bytes, classes);
          count++;
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(upgraded);
      throw e;
    }
    Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
    return count;
  }

  private static boolean under(String name, String[] prefixes) {
    for (String prefix : prefixes) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  static int majorVersion(byte[] classFile) {
    return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
  }

  private static byte[] toJava8(byte[] classFile, ClassLoader classes) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      // the frames' common super types are looked up among the jar's own classes
      @Override
      protected ClassLoader getClassLoader() {
        return classes;
      }
    };
    new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visit(int version, int access, String name, String signature, String superName,
          String[] interfaces) {
        super.visit(JAVA_8, access, name, signature, superName, interfaces);
      }
    }, 0);
    return writer.toByteArray();
  }
}
