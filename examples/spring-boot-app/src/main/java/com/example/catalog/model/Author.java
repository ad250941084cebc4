package com.example.catalog.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Someone who wrote books: table {@code author}. */
@Entity
public class Author {
  @Id
  @GeneratedValue
  private Long id;

  @NotBlank
  @Size(max = 120)
  private String name;

  protected Author() {}

  public Author(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
