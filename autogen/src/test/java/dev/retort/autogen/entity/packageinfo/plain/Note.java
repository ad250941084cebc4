package dev.retort.autogen.entity.packageinfo.plain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity of a package without a package-info. */
@Entity
public class Note {
  @Id
  Long id;

  String body;
}
