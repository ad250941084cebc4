package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.ToolProvider;

/**
 * Writes and compiles N entities of about ten columns each, with a foreign key to the previous entity, an
 * index and a unique constraint: a model the size of a large application.
 */
final class EntityModelGenerator {
  static final String PACKAGE = "bench.model";

  private EntityModelGenerator() {}

  static Path generate(int count, Path dir) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src/bench/model"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path"), "-proc:none", "-nowarn"));
    for (int i = 0; i < count; i++) {
      String name = String.format(Locale.ROOT, "Entity%04d", i);
      Path file = sources.resolve(name + ".java");
      Files.writeString(file, source(name, i));
      args.add(file.toString());
    }
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("generated entities do not compile");
    }
    return classes;
  }

  private static String source(String name, int i) {
    String table = name.toLowerCase(Locale.ROOT);
    String parent = i == 0 ? "" : String.format(Locale.ROOT, """
          @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
          @jakarta.persistence.JoinColumn(name = "parent_id")
          Entity%04d parent;
        """, i - 1);
    return """
        package bench.model;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "%s", indexes = @Index(name = "ix_%s_created", columnList = "created"),
            uniqueConstraints = @UniqueConstraint(name = "uk_%s_code", columnNames = "code"))
        public class %s {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
          @Column(name = "code", length = 40, nullable = false) String code;
          @Column(name = "title", length = 200) String title;
          @Column(name = "description", length = 2000) String description;
          @Column(name = "amount", precision = 12, scale = 2) java.math.BigDecimal amount;
          @Column(name = "quantity") Integer quantity;
          @Column(name = "active", nullable = false) boolean active;
          @Column(name = "created", nullable = false) java.time.LocalDateTime created;
          @Column(name = "valid_until") java.time.LocalDate validUntil;
        %s}
        """.formatted(table, table, table, name, parent);
  }
}
