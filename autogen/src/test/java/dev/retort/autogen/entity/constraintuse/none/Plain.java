package dev.retort.autogen.entity.constraintuse.none;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Plain {
  @Id
  public Long id;

  @Column(length = 20)
  public String label;
}
