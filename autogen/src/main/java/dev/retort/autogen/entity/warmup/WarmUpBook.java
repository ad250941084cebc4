package dev.retort.autogen.entity.warmup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An entity with the mappings most models use, built once while the real ones are found. */
@Entity
@Table(name = "warm_up_book", indexes = @Index(columnList = "title"),
    uniqueConstraints = @UniqueConstraint(columnNames = {"isbn"}))
public class WarmUpBook {
  /** A kind, mapped as an enum column. */
  public enum Kind { PAPER, CLOTH }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, length = 200)
  String title;

  String isbn;

  @Column(precision = 10, scale = 2)
  BigDecimal price;

  int pages;

  boolean inPrint;

  Instant added;

  LocalDate published;

  UUID reference;

  @Enumerated(EnumType.STRING)
  Kind kind;

  @ManyToOne
  WarmUpShelf shelf;

  @Version
  long version;
}
