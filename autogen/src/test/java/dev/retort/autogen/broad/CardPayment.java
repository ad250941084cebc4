package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A concrete table-per-class subclass. */
@Entity
@Table(name = "card_payments")
public class CardPayment extends Payment {
  @Column(name = "last_digits", length = 4)
  String lastDigits;
}
