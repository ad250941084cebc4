package dev.retort.bench;

import java.util.Locale;

/** How the report names the tools and flag sets that {@code bench/run} records by short names. */
final class Peers {
  static final String LAUNCHER = "launcher";
  static final String DEFAULT = "default";
  static final String PYTHON = "python";

  private Peers() {}

  static String tool(String bench, String tool) {
    return switch (tool) {
      case "retort" -> switch (bench) {
        case "autogen" -> "Retort `autogen`";
        case "apply" -> "Retort `upgrade head`";
        default -> "Retort `current`";
      };
      case "hibernate-validator" -> "Hibernate schema validator";
      case "hibernate-sessionfactory" -> "Hibernate SessionFactory, `hbm2ddl.auto=validate`";
      case "alembic" -> switch (bench) {
        case "autogen" -> "Alembic `revision --autogenerate`";
        case "apply" -> "Alembic `upgrade head`";
        default -> "Alembic `current`";
      };
      case "flyway" -> bench.equals("apply") ? "Flyway `migrate`" : "Flyway `info`";
      case "direct" -> "same DDL over JDBC";
      default -> tool;
    };
  }

  static String flags(String flags) {
    return switch (flags) {
      case LAUNCHER -> "launcher's";
      case DEFAULT -> "JVM defaults";
      case PYTHON -> "(Python)";
      default -> flags;
    };
  }

  static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }

  static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.2f s", seconds);
  }
}
