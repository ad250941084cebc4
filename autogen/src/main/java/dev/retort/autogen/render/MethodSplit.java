package dev.retort.autogen.render;

import com.palantir.javapoet.CodeBlock;
import dev.retort.engine.op.SchemaOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a body too large for one method into private methods, so that a migration of any size compiles (the
 * JVM takes at most 64 KB of bytecode per method). A body is cut when its statements come to more than
 * {@code size} characters of source; each method then holds one run of operations of one kind
 * ({@link PartName}) of at most {@code size} characters, and the methods keep the body's order:
 * {@code createTables1}, {@code createTables2}, ..., numbered only where a kind needs more than one method.
 */
final class MethodSplit {
  /**
   * Characters of statements per method. DDL compiles to less than a byte per character of source and rows of
   * literal values to at most about three, so a method stays well under the JVM's limit; a table of a dozen
   * columns takes about 450.
   */
  static final int DEFAULT_SIZE = 20_000;

  private static final String DSL_PREFIX = ElementCode.DSL.canonicalName() + ".";

  /** A string or number literal: what takes an entry of the class's constant pool. */
  private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|(?<![\\w.])\\d[\\w.]*");

  /**
   * One statement as rendered, the operation it records, its length as the file will have it and the literals
   * it uses.
   */
  record Statement(SchemaOp op, CodeBlock code, int size, Set<String> literals) {
    static Statement of(SchemaOp op, OpCode ops) {
      CodeBlock code = op.accept(ops);
      // the factories are imported statically: the file has column(...), not Dsl's qualified name
      String text = code.toString().replace(DSL_PREFIX, "");
      Set<String> literals = new HashSet<>();
      Matcher literal = LITERAL.matcher(text);
      while (literal.find()) {
        literals.add(literal.group());
      }
      return new Statement(op, code, text.length() + 1, Set.copyOf(literals));
    }
  }

  /** One private method: the kind of its operations, its name and its statements in order. */
  record Part(String kind, String name, List<Statement> statements) {}

  private MethodSplit() {}

  /** Whether {@code body} stays in one method: it is short enough, or a single statement that cannot be cut. */
  static boolean fits(List<Statement> body, int size) {
    return body.size() <= 1 || body.stream().mapToLong(Statement::size).sum() <= size;
  }

  /**
   * The methods {@code body} is cut into. A method of a kind that is in {@code clashing} too gets
   * {@code prefix} before its name ({@code undoAlterColumns}), so that downgrade's methods never take the
   * names of upgrade's.
   */
  static List<Part> parts(List<Statement> body, int size, Set<String> clashing, String prefix) {
    List<String> kinds = new ArrayList<>();
    List<List<Statement>> runs = new ArrayList<>();
    List<Statement> run = null;
    long runSize = 0;
    for (Statement statement : body) {
      String kind = statement.op().accept(PartName.INSTANCE);
      if (run == null || !kind.equals(kinds.get(kinds.size() - 1)) || runSize + statement.size() > size) {
        run = new ArrayList<>();
        runs.add(run);
        kinds.add(kind);
        runSize = 0;
      }
      run.add(statement);
      runSize += statement.size();
    }
    Map<String, Integer> perKind = new HashMap<>();
    kinds.forEach(kind -> perKind.merge(kind, 1, Integer::sum));
    Map<String, Integer> numbered = new HashMap<>();
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      String kind = kinds.get(i);
      int number = numbered.merge(kind, 1, Integer::sum);
      String name = perKind.get(kind) == 1 ? kind : kind + number;
      if (clashing.contains(kind)) {
        name = prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
      }
      parts.add(new Part(kind, name, List.copyOf(runs.get(i))));
    }
    return parts;
  }
}
