package dev.retort.autogen.entity.constraintuse.composed;

import dev.retort.autogen.entity.constraintuse.shared.Code;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Part {
  @Id
  public Long id;

  @Code
  public String code;
}
