package dev.retort.engine.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Long histories and histories with many branches and merges give the same answers as the plain definitions,
 * kept here as reference implementations (the graph's own are written to stay linear in its size).
 */
class RevisionGraphScaleTest {
  private static final int LONG = 5_000;

  private static String id(int i) {
    return String.format(Locale.ROOT, "r%05d", i);
  }

  private static RevisionInfo rev(int i, List<String> parents, List<String> dependsOn) {
    return new RevisionInfo(id(i), parents, "msg " + i, "app.M" + id(i), List.of(), dependsOn);
  }

  private static List<RevisionInfo> chain(int length) {
    List<RevisionInfo> revisions = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      revisions.add(rev(i, i == 0 ? List.of() : List.of(id(i - 1)), List.of()));
    }
    return revisions;
  }

  /**
   * A history that keeps branching and merging: each revision follows one to three earlier ones (a merge), some
   * start a new base, some depend on a revision of another branch. Seeded, so every run sees the same graph.
   */
  private static List<RevisionInfo> branchy(int size, long seed) {
    Random random = new Random(seed);
    List<RevisionInfo> revisions = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Set<String> parents = new LinkedHashSet<>();
      if (i > 0 && random.nextInt(50) != 0) {
        int count = 1 + (random.nextInt(6) == 0 ? 1 + random.nextInt(2) : 0);
        for (int p = 0; p < count; p++) {
          // mostly recent revisions, sometimes an old one: long branches and merges across them
          int back = random.nextInt(4) == 0 ? random.nextInt(i) : random.nextInt(Math.min(i, 8));
          parents.add(id(i - 1 - back));
        }
      }
      List<String> dependsOn = i > 10 && random.nextInt(20) == 0 ? List.of(id(random.nextInt(i))) : List.of();
      revisions.add(rev(i, List.copyOf(parents), dependsOn));
    }
    return revisions;
  }

  /** The definition: revisions of the set that are no parent-link ancestor of another one of the set. */
  private static List<String> referenceTips(RevisionGraph graph, Set<String> ids) {
    Set<String> covered = new HashSet<>();
    for (String id : ids) {
      covered.addAll(referenceWalk(graph, graph.get(id).parents(), false));
    }
    return graph.revisions().stream().map(RevisionInfo::id).filter(ids::contains)
        .filter(id -> !covered.contains(id)).toList();
  }

  /** Everything reachable up from {@code start} through parents (and dependencies when asked), inclusive. */
  private static Set<String> referenceWalk(RevisionGraph graph, List<String> start, boolean dependencies) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(start);
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (seen.add(id)) {
        RevisionInfo revision = graph.get(id);
        todo.addAll(revision.parents());
        if (dependencies) {
          todo.addAll(revision.dependsOn());
        }
      }
    }
    return seen;
  }

  @Test
  void tipsOfALongChainAreItsLastAppliedRevision() {
    RevisionGraph graph = RevisionGraph.of(chain(LONG));
    Set<String> applied = new LinkedHashSet<>();
    assertThat(graph.tips(applied)).isEmpty();
    for (int i = 0; i < LONG; i++) {
      applied.add(id(i));
      if (i % 97 == 0 || i == LONG - 1) {
        assertThat(graph.tips(applied)).containsExactly(id(i));
      }
    }
    assertThat(graph.tips(applied)).isEqualTo(referenceTips(graph, applied));
    // not closed under ancestry, as a hand-edited version table may be: every gap leaves a tip below it
    Set<String> gappy = new HashSet<>(applied);
    gappy.remove(id(LONG / 2));
    assertThat(graph.tips(gappy)).isEqualTo(referenceTips(graph, gappy)).containsExactly(id(LONG - 1));
    assertThat(graph.tips(Set.of(id(10), id(20), id(4000)))).containsExactly(id(4000));
  }

  @Test
  void tipsAndAncestryOfABranchingHistoryMatchTheDefinitions() {
    for (long seed = 1; seed <= 3; seed++) {
      RevisionGraph graph = RevisionGraph.of(branchy(2_000, seed));
      List<String> order = graph.revisions().stream().map(RevisionInfo::id).toList();
      Random random = new Random(seed * 31);
      for (int round = 0; round < 6; round++) {
        // a set closed under ancestry, as upgrades leave it ...
        List<String> targets = List.of(order.get(random.nextInt(order.size())),
            order.get(random.nextInt(order.size())));
        Set<String> closed = graph.ancestry(targets);
        assertThat(closed).isEqualTo(referenceWalk(graph, targets, true));
        assertThat(graph.tips(closed)).isEqualTo(referenceTips(graph, closed));
        // ... and an arbitrary one
        Set<String> any = new HashSet<>();
        order.stream().filter(id -> random.nextInt(5) == 0).forEach(any::add);
        assertThat(graph.tips(any)).isEqualTo(referenceTips(graph, any));
      }
      Set<String> all = new HashSet<>(order);
      assertThat(graph.tips(all)).isEqualTo(referenceTips(graph, all)).isEqualTo(graph.heads());
    }
  }

  @Test
  void tipsNameAnUnknownRevisionAsBefore() {
    RevisionGraph graph = RevisionGraph.of(chain(3));
    assertThatThrownBy(() -> graph.tips(List.of(id(0), "nope", id(1))))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessage("No migration defines revision nope. Nothing was changed. Run `retort history` to list the"
            + " revisions.");
    assertThat(graph.tips(List.of(id(1), id(0), id(1)))).containsExactly(id(1));
  }

  @Test
  void relativeTargetsOnALongChain() {
    RevisionGraph graph = RevisionGraph.of(chain(LONG));
    TargetResolver targets = new TargetResolver(graph);
    Set<String> applied = graph.ancestry(List.of(id(LONG - 2)));
    assertThat(targets.resolve("-1", applied)).containsExactly(id(LONG - 3));
    assertThat(targets.resolve("+1", applied)).containsExactly(id(LONG - 1));
    assertThat(targets.resolve("-" + (LONG - 1), applied)).isEmpty();
    assertThat(targets.resolve(id(10) + "+5", applied)).containsExactly(id(15));
  }
}
