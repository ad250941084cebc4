package dev.retort.autogen.springapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The other side of {@link Shelf#books}. */
@Entity
public class Book {
  @Id
  Long id;

  String bookTitle;
}
