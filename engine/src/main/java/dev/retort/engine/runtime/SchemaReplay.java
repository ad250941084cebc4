package dev.retort.engine.runtime;

import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.op.ExecuteSql;
import dev.retort.engine.op.OutsideTransaction;
import dev.retort.engine.op.RunJdbc;
import dev.retort.engine.op.SchemaOp;
import dev.retort.engine.schema.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema a chain of migrations builds, by applying their upgrade operations to an empty schema in memory:
 * no database involved. Raw SQL and JDBC code change nothing the model can follow; the revisions that hold
 * them are named, so a reader knows what the replay may miss.
 *
 * @param schema the schema the migrations build
 * @param untracked the labels of the revisions holding raw SQL or JDBC code, in the order replayed
 * @param replayed how many migrations were replayed
 */
public record SchemaReplay(SchemaModel schema, List<String> untracked, int replayed) {
  public SchemaReplay {
    untracked = List.copyOf(untracked);
  }

  /** Replays {@code migrations}, parents first, from an empty schema. */
  public static SchemaReplay of(List<LoadedMigration> migrations) {
    SchemaModel schema = SchemaModel.EMPTY;
    List<String> untracked = new ArrayList<>();
    for (LoadedMigration migration : migrations) {
      boolean raw = false;
      List<SchemaOp> ops = migration.upgradeOps();
      for (SchemaOp op : ops) {
        raw |= untracked(op);
        try {
          schema = op.applyTo(schema);
        } catch (IllegalStateException e) {
          List<String> before = new ArrayList<>(untracked);
          if (raw) {
            before.add(migration.info().label());
          }
          throw notReplayable(migration, op, e, before);
        }
      }
      if (raw) {
        untracked.add(migration.info().label());
      }
    }
    return new SchemaReplay(schema, untracked, migrations.size());
  }

  private static boolean untracked(SchemaOp op) {
    SchemaOp inner = op instanceof OutsideTransaction outside ? outside.operation() : op;
    return inner instanceof ExecuteSql || inner instanceof RunJdbc;
  }

  private static RetortException notReplayable(LoadedMigration migration, SchemaOp op, IllegalStateException e,
      List<String> untracked) {
    String cause = untracked.isEmpty() ? ""
        : " The schema it expects may come from raw SQL or JDBC code in " + String.join(", ", untracked)
            + ", which a replay cannot follow.";
    return new RetortException(ErrorCode.MIGRATION_INVALID, "Migration " + migration.info().label()
        + " cannot be replayed in memory: " + op.describe() + ": " + e.getMessage() + "." + cause
        + " Nothing was done. Fix the migration, or compare against a database instead.", e);
  }
}
