package dev.retort.engine.runtime;

import dev.retort.engine.op.SchemaOp;
import java.util.List;

/** One migration run in one direction. */
public record Step(LoadedMigration migration, Direction direction) {
  public List<SchemaOp> ops() {
    return direction == Direction.UPGRADE ? migration.upgradeOps() : migration.downgradeOps();
  }

  public String id() {
    return migration.info().id();
  }
}
