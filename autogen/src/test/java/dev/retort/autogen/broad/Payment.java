package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** Table-per-class inheritance: the abstract root has no table. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Payment {
  @Id
  @Column(name = "id")
  Long id;

  @Column(name = "paid_on")
  java.time.LocalDate paidOn;
}
