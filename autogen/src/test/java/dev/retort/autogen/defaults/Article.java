package dev.retort.autogen.defaults;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.annotations.ColumnDefault;

/** Defaults of every common kind. */
@Entity
@Table(name = "articles")
public class Article {
  @Id
  @Column(name = "id")
  Long id;

  @ColumnDefault("'draft'")
  @Column(name = "status", length = 20, nullable = false)
  String status;

  @ColumnDefault("0")
  @Column(name = "views", nullable = false)
  int views;

  @ColumnDefault("true")
  @Column(name = "visible", nullable = false)
  boolean visible;

  @ColumnDefault("1.50")
  @Column(name = "price", precision = 8, scale = 2)
  BigDecimal price;

  @ColumnDefault("CURRENT_TIMESTAMP")
  @Column(name = "created", nullable = false)
  LocalDateTime created;
}
