package dev.retort.engine.runtime;

import dev.retort.engine.revision.RevisionGraph;
import dev.retort.engine.revision.RevisionInfo;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loaded migrations and the graph they form. */
public final class MigrationSet {
  private final Map<String, LoadedMigration> byId = new LinkedHashMap<>();
  private final RevisionGraph graph;

  public MigrationSet(List<LoadedMigration> migrations) {
    this.graph = RevisionGraph.of(migrations.stream().map(LoadedMigration::info).toList());
    Map<String, LoadedMigration> given = new HashMap<>();
    migrations.forEach(m -> given.put(m.info().id(), m));
    for (RevisionInfo info : graph.revisions()) {
      byId.put(info.id(), given.get(info.id()));
    }
  }

  public RevisionGraph graph() {
    return graph;
  }

  public LoadedMigration get(String id) {
    graph.get(id);
    return byId.get(id);
  }

  /** In graph order, parents first. */
  public List<LoadedMigration> all() {
    return List.copyOf(byId.values());
  }
}
