package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;

/**
 * Writes and compiles N JPA entities of ten columns each (see {@link BenchTable}), lists their class names
 * for Hibernate's runs, and writes the same schema as SQLAlchemy models for Alembic's.
 *
 * <p>{@code EntityModelGenerator COUNT DIR} leaves {@code DIR/classes} (the compiled package
 * {@value #PACKAGE}), {@code DIR/entities.txt} and {@code DIR/alembic/models.py}.
 */
public final class EntityModelGenerator {
  static final String PACKAGE = "bench.model";

  private EntityModelGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: EntityModelGenerator COUNT DIR");
    }
    int count = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    List<BenchTable> tables = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tables.add(new BenchTable(i));
    }
    compile(tables, dir);
    Files.write(dir.resolve("entities.txt"), tables.stream().map(t -> PACKAGE + "." + t.className()).toList());
    Path models = Files.createDirectories(dir.resolve("alembic")).resolve("models.py");
    Files.writeString(models, SqlAlchemyModelWriter.models(tables));
  }

  private static void compile(List<BenchTable> tables, Path dir) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src").resolve(PACKAGE.replace('.', '/')));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path"), "-proc:none", "-nowarn"));
    for (BenchTable table : tables) {
      Path file = sources.resolve(table.className() + ".java");
      Files.writeString(file, source(table));
      args.add(file.toString());
    }
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("the generated entities in " + sources + " do not compile");
    }
  }

  private static String source(BenchTable table) {
    // lazy: Hibernate walks an eager many-to-one chain recursively and overflows the stack on a deep one
    String parent = table.parent().map(p -> """
          @ManyToOne(fetch = FetchType.LAZY)
          @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "%s"))
          %s parent;
        """.formatted(table.foreignKeyName(), p.className())).orElse("");
    return """
        package %s;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "%s", indexes = @Index(name = "%s", columnList = "created"),
            uniqueConstraints = @UniqueConstraint(name = "%s", columnNames = "code"))
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
        """.formatted(PACKAGE, table.name(), table.indexName(), table.uniqueName(), table.className(), parent);
  }
}
