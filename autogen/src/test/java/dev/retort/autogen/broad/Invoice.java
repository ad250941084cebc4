package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A joined subclass. */
@Entity
@Table(name = "invoices")
public class Invoice extends Document {
  @Column(name = "amount", precision = 12, scale = 2)
  BigDecimal amount;
}
