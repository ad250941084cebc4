package dev.retort.autogen.entity.packageinfo.annotated;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Ticket {
  @Id
  Long id;

  String title;
}
