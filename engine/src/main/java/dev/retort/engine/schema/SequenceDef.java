package dev.retort.engine.schema;

/**
 * A sequence, as {@code @SequenceGenerator} declares one.
 *
 * @param name canonical sequence name
 * @param start the first value it hands out ({@code initialValue})
 * @param increment the step between values ({@code allocationSize}); never 0
 */
public record SequenceDef(String name, long start, long increment) {
  public SequenceDef {
    Names.require(name, "sequence name");
    if (increment == 0) {
      throw new IllegalArgumentException("sequence " + name + " has increment 0");
    }
  }

  /** A sequence that starts at 1 and counts up by 1, as every database creates one without options. */
  public static SequenceDef of(String name) {
    return new SequenceDef(name, 1, 1);
  }

  public SequenceDef startWith(long value) {
    return new SequenceDef(name, value, increment);
  }

  public SequenceDef incrementBy(long step) {
    return new SequenceDef(name, start, step);
  }
}
