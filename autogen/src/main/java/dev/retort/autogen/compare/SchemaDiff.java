package dev.retort.autogen.compare;

import dev.retort.engine.op.SchemaOp;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of a comparison.
 *
 * @param upgrade operations that turn the database schema into the entity schema, in order
 * @param warnings differences deliberately not expressed as operations, each with its reason
 * @param renameCandidates drops and adds that look like renames the user has not confirmed
 */
public record SchemaDiff(List<SchemaOp> upgrade, List<String> warnings, List<RenameCandidate> renameCandidates) {
  public SchemaDiff {
    upgrade = List.copyOf(upgrade);
    warnings = List.copyOf(warnings);
    renameCandidates = List.copyOf(renameCandidates);
  }

  /** The reverses of the upgrade, last first. */
  public List<SchemaOp> downgrade() {
    List<SchemaOp> reversed = new ArrayList<>();
    for (int i = upgrade.size() - 1; i >= 0; i--) {
      reversed.add(upgrade.get(i).reverse());
    }
    return reversed;
  }

  /** This diff with {@code more} warnings after its own. */
  public SchemaDiff withWarnings(List<String> more) {
    List<String> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new SchemaDiff(upgrade, all, renameCandidates);
  }

  public boolean isEmpty() {
    return upgrade.isEmpty();
  }
}
