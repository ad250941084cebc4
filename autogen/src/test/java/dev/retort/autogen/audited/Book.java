package dev.retort.autogen.audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** Audited columns, an audited reference, and a column left out of the audit table. */
@Entity
@Audited
@Table(name = "audited_books")
public class Book {
  @Id
  @Column(name = "id")
  Long id;

  @Column(name = "title", length = 200, nullable = false)
  String title;

  @Column(name = "price", precision = 8, scale = 2)
  BigDecimal price;

  @ManyToOne
  @JoinColumn(name = "author_id")
  Author author;

  @NotAudited
  @Column(name = "stock_note", length = 50)
  String stockNote;
}
