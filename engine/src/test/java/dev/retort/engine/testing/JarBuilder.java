package dev.retort.engine.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Writes a jar for a test: manifest attributes, folders under a prefix, single files; entries in that order. */
public final class JarBuilder {
  private final Manifest manifest = new Manifest();
  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  public JarBuilder() {
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
  }

  public JarBuilder manifest(String name, String value) {
    manifest.getMainAttributes().putValue(name, value);
    return this;
  }

  /** Every file under {@code folder}, named {@code prefix} plus its path inside the folder, sorted. */
  public JarBuilder folder(String prefix, Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = prefix + folder.relativize(file).toString().replace(File.separatorChar, '/');
        entries.put(name, Files.readAllBytes(file));
      }
    }
    return this;
  }

  public JarBuilder file(String name, Path file) throws IOException {
    entries.put(name, Files.readAllBytes(file));
    return this;
  }

  public JarBuilder text(String name, String text) {
    entries.put(name, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Entry names in the order they will be written. */
  public List<String> names() {
    return List.copyOf(entries.keySet());
  }

  public Path write(Path jar) throws IOException {
    Files.createDirectories(jar.getParent());
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
    return jar;
  }
}
