package dev.retort.autogen.discovery;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * One {@code <persistence-unit>} of a {@code persistence.xml}: what discovery takes from it.
 *
 * @param source the persistence.xml it comes from
 * @param name the unit's name
 * @param classes the {@code <class>} entries, in file order
 * @param mappingFiles the {@code <mapping-file>} entries (class path resources), in file order
 */
public record PersistenceUnit(URL source, String name, List<String> classes, List<String> mappingFiles) {
  public PersistenceUnit {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(name, "name == null");
    classes = List.copyOf(classes);
    mappingFiles = List.copyOf(mappingFiles);
  }
}
