package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A table and a sequence in a schema of their own; products, in the default schema, point here. */
@Entity
@Table(name = "ledger_entries", schema = "billing",
    indexes = @Index(name = "ix_ledger_booked", columnList = "booked_on"),
    uniqueConstraints = @UniqueConstraint(name = "uk_ledger_reference", columnNames = "reference"))
public class LedgerEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger")
  @SequenceGenerator(name = "ledger", schema = "billing", sequenceName = "ledger_ids", allocationSize = 10)
  Long id;

  @Column(name = "reference", length = 40)
  String reference;

  @Column(name = "booked_on")
  java.time.LocalDate bookedOn;
}
