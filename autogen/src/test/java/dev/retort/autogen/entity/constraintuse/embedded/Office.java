package dev.retort.autogen.entity.constraintuse.embedded;

import dev.retort.autogen.entity.constraintuse.shared.Place;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.Valid;

@Entity
public class Office {
  @Id
  public Long id;

  // Hibernate applies an embeddable's constraints where Bean Validation cascades into it
  @Embedded
  @Valid
  public Place place;
}
