package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Quoted identifiers keep their case on every database. */
@Entity
@Table(name = "\"AuditEntry\"", indexes = @Index(name = "\"ix_AuditEntry_At\"", columnList = "\"loggedAt\""))
public class AuditEntry {
  @Id
  @Column(name = "\"entryId\"")
  Long id;

  @Column(name = "\"loggedAt\"")
  java.time.LocalDateTime loggedAt;

  @Column(name = "message", length = 500)
  String message;
}
