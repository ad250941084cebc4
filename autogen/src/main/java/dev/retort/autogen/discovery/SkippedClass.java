package dev.retort.autogen.discovery;

import java.util.Objects;

/**
 * A class of the entity package that discovery did not hand to Hibernate, and why.
 *
 * @param name binary class name ({@code com.app.Outer$Helper})
 * @param reason why it was left out, as a short phrase
 */
public record SkippedClass(String name, String reason) {
  public SkippedClass {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(reason, "reason == null");
  }

  /** One line for verbose output. */
  public String describe() {
    return "skipped " + name + ": " + reason;
  }
}
