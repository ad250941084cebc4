package dev.retort.autogen.entity.constraintuse.viainterface;

import dev.retort.autogen.entity.constraintuse.shared.Named;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tag implements Named {
  private Long id;
  private String name;

  @Id
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  @Override
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
