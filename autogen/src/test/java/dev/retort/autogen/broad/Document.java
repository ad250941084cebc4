package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** Joined inheritance: one table per class, joined on the key; ids from Hibernate's documents_SEQ. */
@Entity
@Table(name = "documents")
@Inheritance(strategy = InheritanceType.JOINED)
public class Document {
  @Id
  @GeneratedValue
  @Column(name = "id")
  Long id;

  @Column(name = "title", length = 200, nullable = false)
  String title;
}
