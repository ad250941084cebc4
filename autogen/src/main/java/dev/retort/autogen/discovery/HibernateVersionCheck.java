package dev.retort.autogen.discovery;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.hibernate.Version;

/**
 * Notices a hibernate-core on the entities' class path besides Retort's own. Retort's class loader comes
 * first, so the application's copy is never used; when its version differs the mapping may read
 * differently from how the application reads it, and the user should know.
 */
final class HibernateVersionCheck {
  private static final String VERSION_CLASS = "org/hibernate/Version.class";

  private HibernateVersionCheck() {}

  /** One warning line per other version found, in class path order. */
  static List<String> warnings(ClassLoader loader) {
    URL own = Version.class.getClassLoader() == null ? null
        : Version.class.getClassLoader().getResource(VERSION_CLASS);
    String ownVersion = Version.getVersionString();
    List<String> warnings = new ArrayList<>();
    try {
      for (URL found : Collections.list(loader.getResources(VERSION_CLASS))) {
        if (own != null && found.toExternalForm().equals(own.toExternalForm())) {
          continue;
        }
        String version = version(found);
        if (!ownVersion.equals(version)) {
          String warning = "The entities' class path holds hibernate-core " + version + " (" + where(found)
              + "); Retort reads the mapping with its own Hibernate " + ownVersion + ".";
          if (!warnings.contains(warning)) {
            warnings.add(warning);
          }
        }
      }
    } catch (IOException e) {
      // a warning only: an unreadable entry will fail loudly when the entities are loaded
    }
    return warnings;
  }

  /** The jar manifest's version, else {@code an unknown version}. */
  private static String version(URL versionClass) {
    try {
      URLConnection connection = versionClass.openConnection();
      if (connection instanceof JarURLConnection jar) {
        jar.setUseCaches(false);
        try (JarFile file = jar.getJarFile()) {
          Manifest manifest = file.getManifest();
          if (manifest != null) {
            Attributes main = manifest.getMainAttributes();
            String version = main.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
            if (version == null) {
              version = main.getValue("Bundle-Version");
            }
            if (version != null && !version.isBlank()) {
              return version.strip();
            }
          }
        }
      }
    } catch (IOException e) {
      // falls through to the unknown version: the warning still names where it is
    }
    return "of an unknown version";
  }

  private static String where(URL versionClass) {
    String text = versionClass.toExternalForm();
    int separator = text.indexOf("!/");
    String container = separator < 0 ? text : text.substring(0, separator);
    return container.substring(container.lastIndexOf('/', container.length() - 2) + 1);
  }
}
