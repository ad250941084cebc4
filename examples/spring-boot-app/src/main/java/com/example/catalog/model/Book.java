package com.example.catalog.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A book in the catalog: table {@code book}, its author a foreign key {@code author_id}. */
@Entity
public class Book {
  @Id
  @GeneratedValue
  private Long id;

  @NotBlank
  @Size(max = 200)
  private String title;

  @NotNull
  @Pattern(regexp = "\\d{13}")
  @Column(unique = true, length = 13)
  private String isbn;

  @NotNull
  @Enumerated(EnumType.STRING)
  private Format format;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
  private Author author;

  protected Book() {}

  public Book(String title, String isbn, Format format, Author author) {
    this.title = title;
    this.isbn = isbn;
    this.format = format;
    this.author = author;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getIsbn() {
    return isbn;
  }

  public Format getFormat() {
    return format;
  }

  public Author getAuthor() {
    return author;
  }
}
