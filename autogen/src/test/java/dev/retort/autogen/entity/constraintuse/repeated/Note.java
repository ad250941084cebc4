package dev.retort.autogen.entity.constraintuse.repeated;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Size;

@Entity
public class Note {
  @Id
  public Long id;

  @Size(max = 30)
  @Size(min = 1)
  public String title;
}
