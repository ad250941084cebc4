package dev.retort.corpus;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.NodeList;

/** The mapped classes of a published model, read the way its project declares them. */
final class MappedClasses {
  private static final List<Class<? extends Annotation>> MAPPED =
      List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);

  private MappedClasses() {}

  /** The {@code <class>} entries of a persistence.xml on the class path, in its order. */
  static List<Class<?>> fromPersistenceXml(ClassLoader loader, String resource) throws Exception {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path");
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      NodeList entries = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "class");
      List<Class<?>> classes = new ArrayList<>();
      for (int i = 0; i < entries.getLength(); i++) {
        classes.add(Class.forName(entries.item(i).getTextContent().strip(), false, loader));
      }
      return classes;
    }
  }

  /**
   * The mapped classes directly in {@code packages} of the jar that holds {@code anchor}, sorted by name:
   * for projects that leave discovery to a scanner and ship no list.
   */
  static List<Class<?>> fromJar(Class<?> anchor, String... packages) throws Exception {
    ClassLoader loader = anchor.getClassLoader();
    List<String> names = new ArrayList<>();
    try (JarFile jar = new JarFile(jarOf(anchor).toFile())) {
      jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.contains("$"))
          .filter(n -> List.of(packages).contains(n.substring(0, n.lastIndexOf('/')).replace('/', '.')))
          .forEach(n -> names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.')));
    }
    Collections.sort(names);
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, loader);
      if (MAPPED.stream().anyMatch(type::isAnnotationPresent)) {
        classes.add(type);
      }
    }
    return classes;
  }

  private static Path jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
