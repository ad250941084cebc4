package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;

/** Table-per-class inheritance: the abstract root has no table; its subclasses share one sequence. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Payment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_ids")
  @SequenceGenerator(name = "payment_ids", sequenceName = "payment_ids", initialValue = 1000, allocationSize = 20)
  @Column(name = "id")
  Long id;

  @Column(name = "paid_on")
  java.time.LocalDate paidOn;
}
