package dev.retort.autogen.compare;

import dev.retort.engine.op.SchemaOp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Operations collected per {@link Phase}, read back in phase order. */
final class Plan {
  private final Map<Phase, List<SchemaOp>> byPhase = new EnumMap<>(Phase.class);
  private final List<String> warnings = new ArrayList<>();
  private final List<RefusedRename> refused = new ArrayList<>();

  void add(Phase phase, SchemaOp op) {
    byPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(op);
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  void refuse(RefusedRename rename) {
    refused.add(rename);
  }

  SchemaDiff toDiff(List<RenameCandidate> candidates) {
    List<SchemaOp> ops = new ArrayList<>();
    byPhase.values().forEach(ops::addAll);
    return new SchemaDiff(ops, warnings, candidates, refused);
  }
}
