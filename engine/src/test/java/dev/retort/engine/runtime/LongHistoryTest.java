package dev.retort.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.migration.Migration;
import dev.retort.engine.migration.Ops;
import dev.retort.engine.revision.RevisionInfo;
import dev.retort.engine.testing.DatabaseKind;
import dev.retort.engine.testing.TestDatabase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Histories of thousands of migrations plan and run like short ones: the steps are the missing revisions in
 * order, and a failure after many steps still names where the database stands.
 */
class LongHistoryTest {
  private static String id(int i) {
    return String.format(Locale.ROOT, "r%05d", i);
  }

  /** A migration that records nothing, or, when {@code broken}, one statement that fails everywhere. */
  private static LoadedMigration migration(String id, List<String> parents, boolean broken) {
    Migration body = new Migration() {
      @Override
      public void upgrade(Ops op) {
        if (broken) {
          op.execute("DROP TABLE no_such_table_anywhere");
        }
      }

      @Override
      public void downgrade(Ops op) {}
    };
    return new LoadedMigration(new RevisionInfo(id, parents, "step " + id, "app.M" + id), body);
  }

  /** {@code length} revisions in a line; the last one fails when {@code brokenLast}. */
  private static MigrationSet chain(int length, boolean brokenLast) {
    List<LoadedMigration> migrations = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      migrations.add(migration(id(i), i == 0 ? List.of() : List.of(id(i - 1)), brokenLast && i == length - 1));
    }
    return new MigrationSet(migrations);
  }

  /** Rounds of three branches of {@code length} revisions from one revision, merged again by the next. */
  private static MigrationSet braided(int rounds, int length) {
    List<LoadedMigration> migrations = new ArrayList<>(List.of(migration(id(0), List.of(), false)));
    int next = 1;
    String from = id(0);
    for (int round = 0; round < rounds; round++) {
      List<String> ends = new ArrayList<>();
      for (int branch = 0; branch < 3; branch++) {
        String previous = from;
        for (int i = 0; i < length; i++) {
          String id = id(next++);
          migrations.add(migration(id, List.of(previous), false));
          previous = id;
        }
        ends.add(previous);
      }
      from = id(next++);
      migrations.add(migration(from, ends, false));
    }
    return new MigrationSet(migrations);
  }

  private static Migrator migrator(TestDatabase db, MigrationSet migrations) {
    return new Migrator(new Connector(new ConnectionSettings(db.url(), db.user(), db.password())),
        Dialects.forJdbcUrl(db.url()), migrations);
  }

  @Test
  void aPlanOverFiveThousandRevisionsHasTheMissingOnesInOrder() {
    MigrationSet migrations = chain(5_000, false);
    MigrationPlanner planner = new MigrationPlanner(migrations);
    Set<String> applied = new LinkedHashSet<>();
    for (int i = 0; i < 3_000; i++) {
      applied.add(id(i));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 3_000; i < 5_000; i++) {
      expected.add(id(i));
    }
    assertThat(planner.upgrade("head", applied)).extracting(Step::id).isEqualTo(expected);
    assertThat(planner.upgrade("+2", applied)).extracting(Step::id).containsExactly(id(3_000), id(3_001));
    assertThat(planner.downgrade("-2", applied)).extracting(Step::id).containsExactly(id(2_999), id(2_998));
    assertThat(planner.downgrade("base", applied)).hasSize(3_000).first().extracting(Step::id)
        .isEqualTo(id(2_999));
  }

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class, names = {"H2", "POSTGRESQL"})
  void aFailureAfterAThousandStepsNamesTheRevisionBeforeIt(DatabaseKind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = migrator(db, chain(1_000, true));
      List<String> seen = new ArrayList<>();
      assertThatThrownBy(() -> migrator.upgrade("head", step -> seen.add(step.id())))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageStartingWith("Migration r00999 (Mr00999) failed at statement 1 of 1 on ")
          .hasMessageContaining("; the database is still at r00998. Fix the migration or the data, then rerun.");
      assertThat(seen).hasSize(1_000);
      assertThat(migrator.current()).containsExactly(id(998));
      assertThat(migrator.downgrade("base", step -> { }).current()).isEmpty();
    }
  }

  @Test
  void aBraidedHistoryRunsToItsHeadAndBack() throws Exception {
    MigrationSet migrations = braided(20, 10);
    try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
      Migrator migrator = migrator(db, migrations);
      String head = migrations.graph().singleHead().orElseThrow();
      MigrationResult up = migrator.upgrade("head", step -> { });
      assertThat(up.steps()).extracting(Step::id)
          .isEqualTo(migrations.graph().revisions().stream().map(RevisionInfo::id).toList());
      assertThat(up.current()).containsExactly(head);
      assertThat(migrator.downgrade("-1", step -> { }).current()).hasSize(3);
      assertThat(migrator.downgrade("base", step -> { }).current()).isEmpty();
      assertThat(migrator.applied()).isEmpty();
    }
  }
}
