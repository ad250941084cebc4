package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.ToolProvider;

/**
 * A model the size of a large application, written and compiled as a user's build would: {@code count}
 * entities of about ten columns each, an index and a unique constraint, each with a foreign key to the entity
 * before it, so that the keys form one chain as long as the model.
 */
final class GeneratedModel {
  static final String PACKAGE = "scale.model";

  private GeneratedModel() {}

  /** Compiles the entities into {@code dir/classes} and returns that folder. */
  static Path compile(int count, Path dir) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src").resolve(PACKAGE.replace('.', '/')));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path"), "-proc:none", "-nowarn", "-encoding", "UTF-8"));
    for (int i = 0; i < count; i++) {
      String name = entity(i);
      Path file = sources.resolve(name + ".java");
      Files.writeString(file, source(name, i));
      args.add(file.toString());
    }
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
        .as("javac status").isZero();
    return classes;
  }

  static String entity(int i) {
    return String.format(Locale.ROOT, "Entity%04d", i);
  }

  static String table(int i) {
    return entity(i).toLowerCase(Locale.ROOT);
  }

  private static String source(String name, int i) {
    String table = name.toLowerCase(Locale.ROOT);
    String parent = i == 0 ? "" : """
          @ManyToOne(fetch = FetchType.LAZY)
          @JoinColumn(name = "parent_id")
          %s parent;
        """.formatted(entity(i - 1));
    return """
        package %s;

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
        """.formatted(PACKAGE, table, table, table, name, parent);
  }
}
