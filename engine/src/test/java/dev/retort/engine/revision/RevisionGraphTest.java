package dev.retort.engine.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {
  private static RevisionInfo rev(String id, String... parents) {
    return new RevisionInfo(id, List.of(parents), "msg " + id, "app.M_" + id);
  }

  private final RevisionGraph chain = RevisionGraph.of(List.of(rev("ccc3", "bbb2"), rev("aaa1"), rev("bbb2", "aaa1")));

  @Test
  void ordersParentsFirstAndFindsHeadsAndBases() {
    assertThat(chain.revisions()).extracting(RevisionInfo::id).containsExactly("aaa1", "bbb2", "ccc3");
    assertThat(chain.heads()).containsExactly("ccc3");
    assertThat(chain.bases()).containsExactly("aaa1");
    assertThat(chain.ancestry(List.of("bbb2"))).isEqualTo(Set.of("aaa1", "bbb2"));
    assertThat(chain.tips(Set.of("aaa1", "bbb2"))).containsExactly("bbb2");
  }

  @Test
  void resolvesPrefixesAndRejectsAmbiguousOnes() {
    RevisionGraph graph = RevisionGraph.of(List.of(rev("ab12"), rev("ab34", "ab12")));
    assertThat(graph.resolveId("ab3")).isEqualTo("ab34");
    assertThatThrownBy(() -> graph.resolveId("ab"))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessage("'ab' matches several revisions: ab12, ab34. Nothing was changed. Give more characters of"
            + " the id.");
    assertThatThrownBy(() -> graph.resolveId("zz"))
        .hasMessage("No revision matches 'zz'. Nothing was changed. Run `retort history` to list the revisions,"
            + " or use head, base, +N or -N.");
  }

  @Test
  void rejectsDuplicateIdsNamingBothClasses() {
    assertThatThrownBy(() -> RevisionGraph.of(List.of(rev("a1"), new RevisionInfo("a1", List.of(), "", "app.Other"))))
        .isInstanceOf(RevisionGraphException.class)
        .hasMessage("Revision a1 is claimed by both app.M_a1 and app.Other. No migration ran. Give one of them a"
            + " new id in its @Revision.");
  }

  @Test
  void rejectsUnknownParentsAndCycles() {
    assertThatThrownBy(() -> RevisionGraph.of(List.of(rev("b2", "a1"))))
        .hasMessageStartingWith("Migration b2 (M_b2) names revision a1 as a parent or dependency, but no"
            + " migration defines it.");
    assertThatThrownBy(() -> RevisionGraph.of(List.of(rev("a1", "b2"), rev("b2", "a1"), rev("c3"))))
        .isInstanceOf(RevisionGraphException.class)
        .hasMessageStartingWith("The migrations [a1 (M_a1), b2 (M_b2)] form a cycle");
  }

  @Test
  void multipleHeadsMakeHeadAmbiguous() {
    RevisionGraph graph = RevisionGraph.of(List.of(rev("a1"), rev("b2", "a1"), rev("c3", "a1")));
    assertThatThrownBy(() -> new TargetResolver(graph).resolve("head", Set.of()))
        .isInstanceOf(MultipleHeadsException.class)
        .hasMessageStartingWith("The migrations have 2 heads: b2 (M_b2), c3 (M_c3). Nothing was changed.");
    assertThat(new TargetResolver(graph).resolve("heads", Set.of())).containsExactly("b2", "c3");
  }

  @Test
  void relativeTargetsWalkFromWhatIsApplied() {
    TargetResolver targets = new TargetResolver(chain);
    assertThat(targets.resolve("+1", Set.of())).containsExactly("aaa1");
    assertThat(targets.resolve("+2", Set.of("aaa1"))).containsExactly("ccc3");
    assertThat(targets.resolve("-1", Set.of("aaa1", "bbb2"))).containsExactly("aaa1");
    assertThat(targets.resolve("-2", Set.of("aaa1", "bbb2"))).isEmpty();
    assertThat(targets.resolve("base", Set.of("aaa1"))).isEmpty();
    assertThat(targets.resolve("head", Set.of())).containsExactly("ccc3");
    assertThatThrownBy(() -> targets.resolve("-3", Set.of("aaa1", "bbb2")))
        .hasMessage("Cannot move -3: only 2 revision(s) are applied. Nothing was changed. Use `base` to undo"
            + " every migration.");
    assertThatThrownBy(() -> targets.resolve("+2", Set.of("aaa1", "bbb2")))
        .hasMessage("Cannot move +2: only 1 revision(s) lie ahead. Nothing was changed. Use `head` to go to the"
            + " latest revision.");
  }

  @Test
  void longChainsNeedNoRecursion() {
    List<RevisionInfo> revisions = new ArrayList<>();
    revisions.add(rev("r00000"));
    for (int i = 1; i < 20_000; i++) {
      revisions.add(rev(String.format("r%05d", i), String.format("r%05d", i - 1)));
    }
    RevisionGraph graph = RevisionGraph.of(revisions);
    assertThat(graph.heads()).containsExactly("r19999");
    assertThat(graph.ancestry(List.of("r19999"))).hasSize(20_000);
  }

  @Test
  void branchLabelsRelativeToARevisionAndDependencies() {
    RevisionGraph graph = RevisionGraph.of(List.of(
        rev("a1"),
        new RevisionInfo("b1", List.of(), "billing base", "app.M_b1", List.of("billing"), List.of("a1")),
        rev("b2", "b1"),
        rev("a2", "a1")));
    TargetResolver targets = new TargetResolver(graph);
    assertThat(targets.resolve("billing@head", Set.of())).containsExactly("b2");
    assertThat(targets.resolve("billing", Set.of())).containsExactly("b1");
    assertThat(targets.resolve("b1+1", Set.of())).containsExactly("b2");
    assertThat(targets.resolve("a2-1", Set.of())).containsExactly("a1");
    assertThat(graph.heads()).containsExactly("a2", "b2");
    // a dependency is applied first but does not join the branches
    assertThat(graph.ancestry(List.of("b2"))).isEqualTo(Set.of("a1", "b1", "b2"));
    assertThat(graph.tips(Set.of("a1", "b1", "b2"))).containsExactly("a1", "b2");
    assertThatThrownBy(() -> targets.resolve("nothing@head", Set.of()))
        .hasMessage("No revision carries the branch label 'nothing'. Nothing was changed. Run `retort branches`"
            + " to list the labels.");
    assertThatThrownBy(() -> RevisionGraph.of(List.of(
        new RevisionInfo("x", List.of(), "", "app.X", List.of("dup"), List.of()),
        new RevisionInfo("y", List.of(), "", "app.Y", List.of("dup"), List.of()))))
        .hasMessage("The branch label 'dup' is on both x and y. No migration ran. Keep it on one of them.");
  }
}
