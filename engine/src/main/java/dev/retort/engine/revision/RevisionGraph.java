package dev.retort.engine.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The revisions and their parent links, validated on construction (duplicate id, unknown parent, cycle).
 * Every walk is iterative, so a chain of any length works.
 */
public final class RevisionGraph {
  /** Creation order first (class names start with their timestamp), then id. */
  private static final Comparator<RevisionInfo> CREATION_ORDER =
      Comparator.comparing(RevisionInfo::source).thenComparing(RevisionInfo::id);

  private final Map<String, RevisionInfo> revisions;
  private final Map<String, List<String>> children;

  private final Map<String, String> labels;

  private RevisionGraph(Map<String, RevisionInfo> topological, Map<String, List<String>> children,
      Map<String, String> labels) {
    this.revisions = topological;
    this.children = children;
    this.labels = labels;
  }

  public static RevisionGraph of(Collection<RevisionInfo> all) {
    Map<String, RevisionInfo> byId = new TreeMap<>();
    for (RevisionInfo revision : all) {
      RevisionInfo clash = byId.putIfAbsent(revision.id(), revision);
      if (clash != null) {
        throw new RevisionGraphException("Revision " + revision.id() + " is claimed by both " + clash.source()
            + " and " + revision.source() + ". No migration ran. Give one of them a new id in its @Revision.");
      }
    }
    Map<String, List<String>> children = new TreeMap<>();
    byId.keySet().forEach(id -> children.put(id, new ArrayList<>()));
    Map<String, String> labels = new TreeMap<>();
    for (RevisionInfo revision : byId.values()) {
      for (String parent : revision.prerequisites()) {
        if (!byId.containsKey(parent)) {
          throw new RevisionGraphException("Migration " + revision.label() + " names revision " + parent
              + " as a parent or dependency, but no migration defines it. No migration ran. Restore the missing"
              + " migration or correct its @Revision.");
        }
      }
      revision.parents().forEach(parent -> children.get(parent).add(revision.id()));
      for (String label : revision.branchLabels()) {
        String clash = labels.putIfAbsent(label, revision.id());
        if (clash != null) {
          throw new RevisionGraphException("The branch label '" + label + "' is on both " + clash + " and "
              + revision.id() + ". No migration ran. Keep it on one of them.");
        }
      }
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    children.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
    return new RevisionGraph(topologicalOrder(byId), frozen, labels);
  }

  /** Kahn's algorithm over parents and dependencies; creation order among revisions ready together. */
  private static Map<String, RevisionInfo> topologicalOrder(Map<String, RevisionInfo> byId) {
    Map<String, List<String>> followers = new HashMap<>();
    byId.values().forEach(r -> r.prerequisites().forEach(
        p -> followers.computeIfAbsent(p, k -> new ArrayList<>()).add(r.id())));
    Map<String, Integer> waiting = new HashMap<>();
    PriorityQueue<RevisionInfo> ready = new PriorityQueue<>(CREATION_ORDER);
    for (RevisionInfo revision : byId.values()) {
      int parents = new HashSet<>(revision.prerequisites()).size();
      waiting.put(revision.id(), parents);
      if (parents == 0) {
        ready.add(revision);
      }
    }
    Map<String, RevisionInfo> ordered = new LinkedHashMap<>();
    while (!ready.isEmpty()) {
      RevisionInfo next = ready.poll();
      ordered.put(next.id(), next);
      for (String child : followers.getOrDefault(next.id(), List.of())) {
        if (waiting.merge(child, -1, Integer::sum) == 0) {
          ready.add(byId.get(child));
        }
      }
    }
    if (ordered.size() != byId.size()) {
      List<String> inCycle = byId.values().stream()
          .filter(r -> !ordered.containsKey(r.id())).map(RevisionInfo::label).toList();
      throw new RevisionGraphException("The migrations " + inCycle + " form a cycle through their parents."
          + " No migration ran. Correct the parents in their @Revision annotations.");
    }
    return ordered;
  }

  /** All revisions, parents before children. */
  public List<RevisionInfo> revisions() {
    return List.copyOf(revisions.values());
  }

  public boolean isEmpty() {
    return revisions.isEmpty();
  }

  public Optional<RevisionInfo> find(String id) {
    return Optional.ofNullable(revisions.get(id));
  }

  public RevisionInfo get(String id) {
    return find(id).orElseThrow(() -> new UnknownRevisionException(id, "No migration defines revision " + id
        + ". Nothing was changed. Run `retort history` to list the revisions."));
  }

  public List<String> children(String id) {
    return children.getOrDefault(id, List.of());
  }

  /** Revisions no other revision follows, in creation order. */
  public List<String> heads() {
    return revisions.values().stream().filter(r -> children.get(r.id()).isEmpty()).map(RevisionInfo::id).toList();
  }

  /** Revisions without parents. */
  public List<String> bases() {
    return revisions.values().stream().filter(r -> r.parents().isEmpty()).map(RevisionInfo::id).toList();
  }

  /** The ids and everything that must be applied before them: ancestors and their dependencies. */
  public Set<String> ancestry(Collection<String> ids) {
    return walk(ids, id -> get(id).prerequisites());
  }

  /** Ancestors through parent links only: dependencies do not join branches. */
  private Set<String> lineage(Collection<String> ids) {
    return walk(ids, id -> get(id).parents());
  }

  /** The revision carrying a branch label, if any. */
  public Optional<String> labelled(String label) {
    return Optional.ofNullable(labels.get(label));
  }

  /** The revision and everything that follows it through parent links. */
  public Set<String> descendants(String id) {
    return walk(List.of(id), this::children);
  }

  /** Everything reachable from {@code start} (inclusive), iteratively. */
  private static Set<String> walk(Collection<String> start, Function<String, List<String>> next) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(start);
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (seen.add(id)) {
        todo.addAll(next.apply(id));
      }
    }
    return seen;
  }

  /**
   * Of the given revisions, those that are not an ancestor of another one in the set, in graph order. One walk
   * up from all their parents at once, so the cost is linear in the size of the graph.
   */
  public List<String> tips(Collection<String> ids) {
    Set<String> given = new HashSet<>();
    List<String> parents = new ArrayList<>();
    for (String id : ids) {
      if (given.add(id)) {
        parents.addAll(get(id).parents());
      }
    }
    Set<String> covered = lineage(parents);
    return revisions.keySet().stream().filter(given::contains).filter(id -> !covered.contains(id)).toList();
  }

  /** A full id, or a prefix that matches exactly one revision. */
  public String resolveId(String idOrPrefix) {
    if (revisions.containsKey(idOrPrefix)) {
      return idOrPrefix;
    }
    List<String> matches = revisions.keySet().stream().filter(id -> id.startsWith(idOrPrefix)).sorted().toList();
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.isEmpty()) {
      throw new UnknownRevisionException(idOrPrefix, "No revision matches '" + idOrPrefix + "'. Nothing was"
          + " changed. Run `retort history` to list the revisions, or use head, base, +N or -N.");
    }
    throw new UnknownRevisionException(idOrPrefix, "'" + idOrPrefix + "' matches several revisions: "
        + String.join(", ", matches) + ". Nothing was changed. Give more characters of the id.");
  }

  /** The one head; several heads is an error that lists them. */
  public Optional<String> singleHead() {
    List<String> heads = heads();
    if (heads.size() > 1) {
      throw new MultipleHeadsException(heads, "The migrations have " + heads.size() + " heads: "
          + String.join(", ", heads.stream().map(h -> get(h).label()).toList()) + ". Nothing was changed."
          + " Name one of them as the target, use `heads` to reach all of them, or write a merge migration"
          + " whose parents are all the heads.");
    }
    return heads.stream().findFirst();
  }
}
