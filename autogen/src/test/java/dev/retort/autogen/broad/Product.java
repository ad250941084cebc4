package dev.retort.autogen.broad;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/** Every source of a CHECK constraint: enums, Bean Validation ranges, Hibernate's and JPA's own. */
@Entity
@Table(name = "products", check = @CheckConstraint(name = "ck_products_code", constraint = "code <> 'none'"))
@org.hibernate.annotations.Check(name = "ck_products_price", constraints = "price >= 0")
public class Product {
  enum Status { DRAFT, LIVE, RETIRED }

  enum Grade { A, B, C }

  @Id
  @Column(name = "id")
  Long id;

  @Column(name = "code", length = 20)
  String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 10)
  Status status;

  @Enumerated(EnumType.ORDINAL)
  @Column(name = "grade")
  Grade grade;

  @Min(1)
  @Max(100)
  @Column(name = "quantity")
  Integer quantity;

  @Digits(integer = 6, fraction = 2)
  @Column(name = "price")
  BigDecimal price;

  @Column(name = "weight", check = @CheckConstraint(constraint = "weight > 0"))
  Double weight;

  @org.hibernate.annotations.GeneratedColumn("quantity * 2")
  @Column(name = "double_quantity")
  Integer doubleQuantity;

  @jakarta.persistence.ManyToOne
  @jakarta.persistence.JoinColumn(name = "last_entry_id")
  LedgerEntry lastEntry;

  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
  @Column(name = "attributes")
  java.util.Map<String, Object> attributes;
}
