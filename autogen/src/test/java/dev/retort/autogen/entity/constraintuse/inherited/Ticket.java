package dev.retort.autogen.entity.constraintuse.inherited;

import dev.retort.autogen.entity.constraintuse.shared.Stamped;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Ticket extends Stamped {
  @Id
  public Long id;
}
