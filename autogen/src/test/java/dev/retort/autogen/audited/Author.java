package dev.retort.autogen.audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An audited entity that another audited entity refers to. */
@Entity
@Audited
@Table(name = "audited_authors")
public class Author {
  @Id
  @GeneratedValue
  @Column(name = "id")
  Long id;

  @Column(name = "name", length = 100, nullable = false)
  String name;
}
