package dev.retort.autogen.entity.constraintuse.shared;

import jakarta.validation.constraints.NotNull;

public interface Named {
  @NotNull
  String getName();
}
