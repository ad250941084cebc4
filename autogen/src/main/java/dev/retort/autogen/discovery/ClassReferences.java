package dev.retort.autogen.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.EmptyIndex;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

/**
 * Which scanned classes name a given class in their signatures (superclass, interfaces, fields, methods), so
 * that a class missing from the class path can be reported with the entity that needs it. Only a failure asks,
 * so the class files are indexed in full (with Jandex) only then.
 */
public final class ClassReferences {
  /** Knows no class: for metadata built from classes given by hand. */
  public static final ClassReferences NONE = new ClassReferences(Map.of(), () -> EmptyIndex.INSTANCE);

  private final Map<String, ClassHeader> headers;
  private final Supplier<IndexView> read;
  private IndexView index;

  private ClassReferences(Map<String, ClassHeader> headers, Supplier<IndexView> read) {
    this.headers = headers;
    this.read = read;
  }

  /** The classes at {@code resourcePaths}, whose {@code headers} were read already. */
  static ClassReferences of(ClassLoader loader, List<String> resourcePaths, Map<String, ClassHeader> headers) {
    return new ClassReferences(Map.copyOf(headers), () -> ClassFileIndex.read(loader, resourcePaths));
  }

  private synchronized IndexView index() {
    if (index == null) {
      index = read.get();
    }
    return index;
  }

  /** The scanned mapped classes that name {@code missing}, sorted by class name; empty when none does. */
  public List<ClassUse> uses(String missing) {
    DotName name = DotName.createSimple(missing);
    List<ClassUse> uses = new ArrayList<>();
    headers.values().stream().sorted(Comparator.comparing(ClassHeader::name))
        .forEach(header -> MappingAnnotations.kind(header).ifPresent(kind -> how(header.name(), name)
            .ifPresent(how -> uses.add(new ClassUse(kind + " " + header.name(), how)))));
    return uses;
  }

  /** {@link #how} for a scanned class by name. */
  Optional<String> how(String className, String missing) {
    return how(className, DotName.createSimple(missing));
  }

  private Optional<String> how(String className, DotName missing) {
    if (!headers.containsKey(className)) {
      return Optional.empty();
    }
    ClassInfo type = index().getClassByName(DotName.createSimple(className));
    return type == null ? Optional.empty() : how(type, missing);
  }

  /** How {@code type} names {@code missing}: {@code its superclass}, {@code field amount}, ... */
  static Optional<String> how(ClassInfo type, DotName missing) {
    if (missing.equals(type.superName())) {
      return Optional.of("its superclass");
    }
    if (type.interfaceNames().contains(missing)) {
      return Optional.of("an interface it implements");
    }
    for (FieldInfo field : type.fieldsInDeclarationOrder()) {
      if (mentions(field.type(), missing)) {
        return Optional.of("field " + field.name());
      }
    }
    for (MethodInfo method : type.methodsInDeclarationOrder()) {
      if (mentions(method.returnType(), missing) || method.parameterTypes().stream().anyMatch(t -> mentions(t,
          missing))) {
        return Optional.of("method " + method.name());
      }
    }
    return Optional.empty();
  }

  private static boolean mentions(Type type, DotName missing) {
    return switch (type.kind()) {
      case CLASS -> type.name().equals(missing);
      case ARRAY -> mentions(type.asArrayType().elementType(), missing);
      case PARAMETERIZED_TYPE -> type.name().equals(missing)
          || type.asParameterizedType().arguments().stream().anyMatch(t -> mentions(t, missing));
      case WILDCARD_TYPE -> type.asWildcardType().superBound() != null
          ? mentions(type.asWildcardType().superBound(), missing)
          : mentions(type.asWildcardType().extendsBound(), missing);
      default -> false;
    };
  }
}
