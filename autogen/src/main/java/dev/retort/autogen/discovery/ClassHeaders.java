package dev.retort.autogen.discovery;

import dev.retort.autogen.discovery.ClassHeader.Nesting;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Indexer;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads the {@link ClassHeader}s of class files through a class loader, as bytes: nothing is loaded or
 * initialised. ASM reads only the class-level parts, skipping fields and methods, which costs a fraction of a
 * full index; a class file newer than ASM knows is read with Jandex instead.
 */
final class ClassHeaders {
  private static final String CONVERTER = MappingAnnotations.CONVERTER;
  private static final int PARTS = ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES;

  private ClassHeaders() {}

  /**
   * The headers of the class files at {@code resourcePaths} ({@code com/app/Order.class}), by class name, in
   * the order given; a path the loader does not find is left out.
   */
  static Map<String, ClassHeader> read(ClassLoader loader, Collection<String> resourcePaths) {
    return read(loader, resourcePaths, (name, file) -> {});
  }

  /** As above, and hands each class file read to {@code files}, with its class name. */
  static Map<String, ClassHeader> read(ClassLoader loader, Collection<String> resourcePaths,
      BiConsumer<String, ClassFile> files) {
    Map<String, ClassHeader> headers = new LinkedHashMap<>();
    try (ClassFiles classFiles = ClassFiles.of(loader)) {
      for (String path : resourcePaths) {
        ClassFile file;
        try {
          file = classFiles.file(path);
        } catch (IOException e) {
          throw ClassFileIndex.unreadable(path, e);
        }
        if (file == null) {
          continue;
        }
        ClassHeader header = read(path, file.bytes());
        headers.put(header.name(), header);
        files.accept(header.name(), file);
      }
    }
    return headers;
  }

  static ClassHeader read(String path, byte[] bytes) {
    Visitor visitor = new Visitor();
    try {
      new ClassReader(bytes).accept(visitor, PARTS);
    } catch (RuntimeException e) {
      // a class file version ASM does not know yet, or a damaged file, which Jandex then names
      return withJandex(path, bytes);
    }
    return visitor.header();
  }

  private static ClassHeader withJandex(String path, byte[] bytes) {
    ClassInfo type;
    try {
      Indexer indexer = new Indexer();
      indexer.index(new ByteArrayInputStream(bytes));
      type = indexer.complete().getKnownClasses().iterator().next();
    } catch (IOException | RuntimeException e) {
      throw ClassFileIndex.unreadable(path, e);
    }
    Nesting nesting = switch (type.nestingType()) {
      case TOP_LEVEL -> Nesting.TOP_LEVEL;
      case INNER -> Nesting.MEMBER;
      case LOCAL -> Nesting.LOCAL;
      case ANONYMOUS -> Nesting.ANONYMOUS;
    };
    AnnotationInstance converter = type.declaredAnnotation(DotName.createSimple(CONVERTER));
    AnnotationValue autoApply = converter == null ? null : converter.value("autoApply");
    return new ClassHeader(type.name().toString(), type.flags(), nesting,
        type.declaredAnnotations().stream().map(a -> a.name().toString()).toList(),
        autoApply != null && autoApply.asBoolean());
  }

  /** Collects the class-level parts; ASM's callbacks come in class-file order, InnerClasses after annotations. */
  private static final class Visitor extends ClassVisitor {
    private String internalName;
    private int flags;
    private Nesting nesting = Nesting.TOP_LEVEL;
    private final List<String> annotations = new ArrayList<>();
    private boolean autoApply;

    Visitor() {
      super(Opcodes.ASM9);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
        String[] interfaces) {
      internalName = name;
      flags = access & 0xFFFF;
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      String type = Type.getType(descriptor).getClassName();
      annotations.add(type);
      if (!type.equals(CONVERTER)) {
        return null;
      }
      return new AnnotationVisitor(Opcodes.ASM9) {
        @Override
        public void visit(String name, Object value) {
          if (name.equals("autoApply") && value instanceof Boolean on) {
            autoApply = on;
          }
        }
      };
    }

    @Override
    public void visitInnerClass(String name, String outerName, String innerName, int access) {
      if (!name.equals(internalName)) {
        return;
      }
      // the declaring class's entry holds the modifiers the class file's own flags cannot (static, private)
      flags = access & 0xFFFF;
      nesting = outerName != null ? Nesting.MEMBER : innerName == null ? Nesting.ANONYMOUS : Nesting.LOCAL;
    }

    ClassHeader header() {
      return new ClassHeader(internalName.replace('/', '.'), flags, nesting, annotations, autoApply);
    }
  }
}
