package dev.retort.autogen.entity.constraintuse.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;

/** Outside the scanned packages: found only as a superclass. */
@MappedSuperclass
public abstract class Stamped {
  @NotNull
  public String stampedBy;
}
