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
 * @param refusedRenames confirmed renames that name what is not there, left out of {@code upgrade}
 */
public record SchemaDiff(List<SchemaOp> upgrade, List<String> warnings, List<RenameCandidate> renameCandidates,
    List<RefusedRename> refusedRenames) {
  public SchemaDiff {
    upgrade = List.copyOf(upgrade);
    warnings = List.copyOf(warnings);
    renameCandidates = List.copyOf(renameCandidates);
    refusedRenames = List.copyOf(refusedRenames);
  }

  /** A diff where every confirmed rename was made. */
  public SchemaDiff(List<SchemaOp> upgrade, List<String> warnings, List<RenameCandidate> renameCandidates) {
    this(upgrade, warnings, renameCandidates, List.of());
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
    return new SchemaDiff(upgrade, all, renameCandidates, refusedRenames);
  }

  public boolean isEmpty() {
    return upgrade.isEmpty();
  }
}
