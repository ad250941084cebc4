package dev.retort.engine.migration;

/**
 * A migration: records the operations that move the schema forward and back. Implementations carry a
 * {@link Revision} annotation and a public no-argument constructor. They only record; the engine decides
 * when and how the recorded operations run.
 */
public interface Migration {
  void upgrade(Ops op);

  void downgrade(Ops op);
}
