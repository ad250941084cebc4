package dev.retort.autogen.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.compare.SchemaDiff;
import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.dialect.SqlDialect;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code @SequenceGenerator} through its life, on every database: created with its table, its allocation
 * size and initial value changed, then given up. Each step gives exactly its operations, nothing is left
 * after it, and its reverse restores the step before.
 */
class SequenceEvolutionTest {
  @TempDir
  Path dir;

  private static final String ITEM = """
      package seq;

      import jakarta.persistence.*;

      @Entity
      @Table(name = "items")
      public class Item {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "items")
        @SequenceGenerator(name = "items", sequenceName = "items_seq", initialValue = 1, allocationSize = 50)
        @Column(name = "id")
        Long id;

        @Column(name = "name", length = 100)
        String name;
      }
      """;

  private static final String SMALLER_ALLOCATION = ITEM.replace("allocationSize = 50", "allocationSize = 1");

  private static final String LATER_START = SMALLER_ALLOCATION.replace("initialValue = 1", "initialValue = 1000");

  private static final String NO_GENERATOR = """
      package seq;

      import jakarta.persistence.*;

      @Entity
      @Table(name = "items")
      public class Item {
        @Id
        @Column(name = "id")
        Long id;

        @Column(name = "name", length = 100)
        String name;
      }
      """;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aSequenceGeneratorConvergesAtEveryStep(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      SqlDialect dialect = Dialects.forJdbcUrl(db.url());
      step(db, dialect, null, ITEM, List.of("create sequence items_seq", "create table items"));
      step(db, dialect, ITEM, SMALLER_ALLOCATION, List.of("alter sequence items_seq increment 50 -> 1"));
      SchemaDiff later = step(db, dialect, SMALLER_ALLOCATION, LATER_START,
          List.of("alter sequence items_seq start 1 -> 1000"));
      assertThat(later.warnings()).containsExactly("Sequence items_seq changes its start from 1 to 1000: the"
          + " migration records the new start, but a sequence in use goes on from the value it reached. If new"
          + " ids must begin at 1000, add op.execute(\"ALTER SEQUENCE items_seq RESTART WITH 1000\") once no"
          + " row holds an id it would hand out again.");
      step(db, dialect, LATER_START, NO_GENERATOR, List.of("drop sequence items_seq"));
    }
  }

  /**
   * Autogenerates from {@code before} (null: nothing) to {@code after} and checks the operations, that
   * nothing is left once they ran, and that their reverses lead back to {@code before}; leaves the database
   * at {@code after}.
   */
  private SchemaDiff step(TestDatabase db, SqlDialect dialect, String before, String after,
      List<String> expected) throws Exception {
    try (URLClassLoader from = before == null ? null : compile(before); URLClassLoader to = compile(after)) {
      SchemaDiff diff = autogen(db, dialect, to);
      assertThat(diff.upgrade()).extracting(SchemaOp::describe).isEqualTo(expected);
      apply(db, dialect, diff.upgrade());
      assertThat(autogen(db, dialect, to).upgrade()).as("nothing left after the upgrade").isEmpty();
      apply(db, dialect, diff.downgrade());
      if (from != null) {
        assertThat(autogen(db, dialect, from).upgrade()).as("the downgrade restores the schema").isEmpty();
      }
      apply(db, dialect, diff.upgrade());
      return diff;
    }
  }

  private int compiled;

  private URLClassLoader compile(String item) throws Exception {
    compiled++;
    Path sources = Files.createDirectories(dir.resolve(compiled + "/src/seq"));
    Path classes = Files.createDirectories(dir.resolve(compiled + "/classes"));
    Files.writeString(sources.resolve("Item.java"), item);
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path"), "-proc:none", "-nowarn",
        sources.resolve("Item.java").toString());
    assertThat(status).isZero();
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
  }

  private static SchemaDiff autogen(TestDatabase db, SqlDialect dialect, ClassLoader entities) throws Exception {
    try (Connection c = db.connect()) {
      return new Autogenerator(dialect).compare(c, "seq", entities);
    }
  }

  private static void apply(TestDatabase db, SqlDialect dialect, List<SchemaOp> ops) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (SchemaOp op : ops) {
        for (String sql : dialect.toSql(op)) {
          s.execute(sql);
        }
      }
    }
  }
}
