package migrations;

import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.migration.Revision;

/**
 * Written by retort revision for "backfill": fill in upgrade() and downgrade().
 *
 * <p>Revision {@code abc}, following {@code def}.
 */
@Revision(
    id = "abc",
    parents = "def",
    message = "backfill"
)
public final class M20261124_101500_Backfill implements Migration {
  @Override
  public void upgrade(Ops op) {
    // nothing to do
  }

  @Override
  public void downgrade(Ops op) {
    // nothing to do
  }
}
