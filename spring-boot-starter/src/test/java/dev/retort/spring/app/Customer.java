package dev.retort.spring.app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Mapped with Spring's naming: table {@code customer}, columns {@code id} and {@code full_name}. */
@Entity
public class Customer {
  @Id
  private Long id;

  private String fullName;

  protected Customer() {}

  public Long getId() {
    return id;
  }

  public String getFullName() {
    return fullName;
  }
}
