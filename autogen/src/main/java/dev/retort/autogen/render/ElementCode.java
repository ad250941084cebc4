package dev.retort.autogen.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.retort.engine.migration.Dsl;
import dev.retort.engine.schema.CheckDef;
import dev.retort.engine.schema.ColumnDef;
import dev.retort.engine.schema.ColumnType;
import dev.retort.engine.schema.ForeignKeyDef;
import dev.retort.engine.schema.IndexDef;
import dev.retort.engine.schema.PrimaryKeyDef;
import dev.retort.engine.schema.ReferentialAction;
import dev.retort.engine.schema.TableComment;
import dev.retort.engine.schema.TableElement;
import dev.retort.engine.schema.UniqueDef;
import dev.retort.engine.schema.SequenceDef;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Java expressions for table elements and types, written with the {@link Dsl} factories. Remembers which
 * factories it used so the file imports exactly those.
 */
final class ElementCode {
  static final ClassName DSL = ClassName.get(Dsl.class);
  private static final ClassName ACTION = ClassName.get(ReferentialAction.class);

  private final Set<String> used = new TreeSet<>();

  Set<String> usedFactories() {
    return used;
  }

  private CodeBlock call(String factory, String format, Object... args) {
    used.add(factory);
    Object[] all = new Object[args.length + 1];
    all[0] = DSL;
    System.arraycopy(args, 0, all, 1, args.length);
    return CodeBlock.of("$T." + factory + "(" + format + ")", all);
  }

  CodeBlock element(TableElement element) {
    if (element instanceof ColumnDef c) {
      return column(c);
    } else if (element instanceof PrimaryKeyDef p) {
      return primaryKey(p);
    } else if (element instanceof UniqueDef u) {
      return call("unique", "$S, $L", u.name(), strings(u.columns()));
    } else if (element instanceof IndexDef i) {
      CodeBlock index = call(i.unique() ? "uniqueIndex" : "index", "$S, $L", i.name(), strings(i.columns()));
      if (!i.descending().isEmpty()) {
        index = CodeBlock.of("$L.descending($L)", index, strings(i.descending()));
      }
      for (java.util.Map.Entry<String, Integer> prefix : i.prefixLengths().entrySet()) {
        index = CodeBlock.of("$L.prefix($S, $L)", index, prefix.getKey(), prefix.getValue());
      }
      return index;
    } else if (element instanceof TableComment c) {
      return call("tableComment", "$S", c.text());
    } else if (element instanceof CheckDef c) {
      CodeBlock check = call("check", "$S, $S", c.name(), c.expression());
      return c.inColumn() == null ? check : CodeBlock.of("$L.inColumn($L)", check, column(c.inColumn()));
    }
    return foreignKey((ForeignKeyDef) element);
  }

  CodeBlock column(ColumnDef column) {
    CodeBlock.Builder code = call("column", "$S, $L", column.name(), type(column.type())).toBuilder();
    if (column.isIdentity()) {
      code.add(".identity()");
    } else if (!column.isNullable()) {
      code.add(".notNull()");
    }
    if (column.defaultValue() != null) {
      code.add(".withDefault($S)", column.defaultValue());
    }
    if (column.comment() != null) {
      code.add(".comment($S)", column.comment());
    }
    if (column.generatedAs() != null) {
      code.add(".generatedAs($S)", column.generatedAs());
    }
    return code.build();
  }

  CodeBlock primaryKey(PrimaryKeyDef key) {
    CodeBlock code = call("primaryKey", "$L", strings(key.columns()));
    return key.name() == null ? code : CodeBlock.of("$L.named($S)", code, key.name());
  }

  private CodeBlock foreignKey(ForeignKeyDef fk) {
    CodeBlock code = fk.columns().size() == 1
        ? call("foreignKey", "$S, $S, $S, $S", fk.name(), fk.columns().get(0), fk.referencedTable(),
            fk.referencedColumns().get(0))
        : call("foreignKey", "$S, $L, $S, $L", fk.name(), columnsList(fk.columns()), fk.referencedTable(),
            columnsList(fk.referencedColumns()));
    return fk.onDelete() == ReferentialAction.NO_ACTION
        ? code : CodeBlock.of("$L.onDelete($T.$L)", code, ACTION, fk.onDelete().name());
  }

  private CodeBlock columnsList(List<String> names) {
    return call("columns", "$L", strings(names));
  }

  CodeBlock columnList(List<String> names) {
    return columnsList(names);
  }

  /** A row of literal values: each value as the Java literal or factory call that recreates it exactly. */
  CodeBlock row(List<Object> values) {
    return call("row", "$L", values.stream().map(ElementCode::value).collect(CodeBlock.joining(", ")));
  }

  private static CodeBlock value(Object value) {
    if (value == null) {
      return CodeBlock.of("null");
    }
    if (value instanceof String text) {
      return CodeBlock.of("$S", text);
    }
    if (value instanceof Integer || value instanceof Boolean) {
      return CodeBlock.of("$L", value);
    }
    if (value instanceof Long number) {
      return CodeBlock.of("$LL", number);
    }
    if (value instanceof Double number) {
      return CodeBlock.of("$Ld", number);
    }
    if (value instanceof Short || value instanceof Byte) {
      return CodeBlock.of("($L) $L", value instanceof Short ? "short" : "byte", value);
    }
    if (value instanceof java.math.BigDecimal || value instanceof java.time.temporal.Temporal) {
      boolean decimal = value instanceof java.math.BigDecimal;
      return CodeBlock.of(decimal ? "new $T($S)" : "$T.parse($S)", value.getClass(), value.toString());
    }
    throw new IllegalArgumentException("cannot render a row value of " + value.getClass());
  }

  CodeBlock type(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> call("bool", "");
      case TINYINT -> call("tinyint", "");
      case SMALLINT -> call("smallint", "");
      case INTEGER -> call("integer", "");
      case BIGINT -> call("bigint", "");
      case REAL -> call("real", "");
      case DOUBLE -> call("doublePrecision", "");
      case NUMERIC -> type.precision() == null ? call("numeric", "")
          : type.scale() == null ? call("numeric", "$L", type.precision())
          : call("numeric", "$L, $L", type.precision(), type.scale());
      case CHAR -> call("fixedChar", "$L", type.length());
      case VARCHAR -> call("varchar", "$L", type.length());
      case TEXT -> call("text", "");
      case DATE -> call("date", "");
      case TIME -> fractional("time", type);
      case TIMESTAMP -> fractional("timestamp", type);
      case TIMESTAMP_TZ -> fractional("timestampTz", type);
      case UUID -> call("uuid", "");
      case BINARY -> call("binary", "$L", type.length());
      case VARBINARY -> call("varbinary", "$L", type.length());
      case BLOB -> call("blob", "");
      case JSON -> call("json", "");
      case ENUM -> type.length() == null ? call("enumOf", "$L", strings(type.values()))
          : call("enumOf", "$L, $L", type.length(), strings(type.values()));
      case OTHER -> call("raw", "$S", type.rawName());
    };
  }

  private CodeBlock fractional(String factory, ColumnType type) {
    return type.precision() == null ? call(factory, "") : call(factory, "$L", type.precision());
  }

  static CodeBlock strings(List<String> values) {
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
  }

  /** Start and increment always written out: a reviewer should not need to know the defaults. */
  CodeBlock sequence(SequenceDef sequence) {
    return CodeBlock.of("$L.startWith($L).incrementBy($L)", call("sequence", "$S", sequence.name()),
        longLiteral(sequence.start()), longLiteral(sequence.increment()));
  }

  /** An int literal where one fits, so the usual case reads {@code 50} rather than {@code 50L}. */
  private static String longLiteral(long value) {
    return value == (int) value ? Long.toString(value) : value + "L";
  }
}
