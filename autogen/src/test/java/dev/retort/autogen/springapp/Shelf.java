package dev.retort.autogen.springapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** A camelCase field, and a join table whose implicit name Spring's naming strategy decides. */
@Entity
public class Shelf {
  @Id
  Long id;

  String camelCaseField;

  @ManyToMany
  Set<Book> books;
}
