package dev.retort.autogen.compare;

import dev.retort.engine.op.AlterSequence;
import dev.retort.engine.op.CreateSequence;
import dev.retort.engine.op.DropSequence;
import dev.retort.engine.schema.SchemaModel;
import dev.retort.engine.schema.SequenceDef;

/**
 * Sequences, matched by name. New ones are created and changed ones altered before any table, since a
 * column default may draw from one ({@code nextval('items_seq')}); those that go are dropped after
 * everything else, once no column uses them.
 *
 * <p>A different increment or start is an {@link AlterSequence}. The start is compared because it is what
 * the entity declares and what the catalog reports, so a database built from the migrations matches one
 * Hibernate would create. Altering it does not move the next value of a sequence in use (see {@link
 * AlterSequence}), which is what a changed {@code initialValue} might be taken to mean, so the diff also
 * says so in a warning that names the statement to add by hand.
 */
final class SequenceComparator {
  private SequenceComparator() {}

  static void compare(SchemaModel target, SchemaModel current, Plan plan) {
    for (SequenceDef wanted : target.sequences()) {
      SequenceDef had = current.sequence(wanted.name()).orElse(null);
      if (had == null) {
        plan.add(Phase.CREATE_SEQUENCES, new CreateSequence(wanted));
      } else if (!had.equals(wanted)) {
        plan.add(Phase.ALTER_SEQUENCES, new AlterSequence(had, wanted));
        if (had.start() != wanted.start()) {
          plan.warn("Sequence " + wanted.name() + " changes its start from " + had.start() + " to "
              + wanted.start() + ": the migration records the new start, but a sequence in use goes on from"
              + " the value it reached. If new ids must begin at " + wanted.start() + ", add op.execute(\"ALTER"
              + " SEQUENCE " + wanted.name() + " RESTART WITH " + wanted.start() + "\") once no row holds an"
              + " id it would hand out again.");
        }
      }
    }
    for (SequenceDef existing : current.sequences()) {
      if (target.sequence(existing.name()).isEmpty()) {
        plan.add(Phase.DROP_SEQUENCES, new DropSequence(existing));
      }
    }
  }
}
