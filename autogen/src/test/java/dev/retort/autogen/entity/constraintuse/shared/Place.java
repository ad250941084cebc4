package dev.retort.autogen.entity.constraintuse.shared;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

@Embeddable
public class Place {
  @Size(max = 40)
  public String city;
}
