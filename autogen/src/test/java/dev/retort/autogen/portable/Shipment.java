package dev.retort.autogen.portable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One of each property whose column Hibernate spells per database. A {@code @Lob} is not among them: Hibernate
 * makes it a large-object {@code oid} on PostgreSQL, which nothing else has.
 */
@Entity
@Table(name = "shipments")
public class Shipment {
  enum Status { PENDING, SENT, DELIVERED, LOST }

  enum Priority { LOW, NORMAL, HIGH }

  @Id
  @Column(name = "id")
  UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  Status status;

  @Enumerated(EnumType.STRING)
  @Column(name = "fallback_status", length = 12)
  Status fallbackStatus;

  @Enumerated(EnumType.ORDINAL)
  @Column(name = "priority")
  Priority priority;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "country", length = 2)
  String country;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "attributes")
  Map<String, Object> attributes;

  @Column(name = "tracking")
  UUID tracking;

  @Column(name = "fragile", nullable = false)
  boolean fragile;

  @Column(name = "insured")
  Boolean insured;

  @Column(name = "grade")
  Character grade;

  @Column(name = "shipped_at")
  Instant shippedAt;

  @Column(name = "promised_at")
  OffsetDateTime promisedAt;

  @Column(name = "loaded_at")
  LocalDateTime loadedAt;

  @Column(name = "loaded_on")
  LocalDate loadedOn;

  @Column(name = "cut_off")
  LocalTime cutOff;

  @Column(name = "transit")
  Duration transit;

  @Column(name = "weight", precision = 10, scale = 3)
  BigDecimal weight;

  @Column(name = "volume")
  double volume;

  @Column(name = "ratio")
  float ratio;

  @Column(name = "pieces")
  short pieces;

  @Column(name = "flags")
  byte flags;

  @Column(name = "digest", length = 32)
  byte[] digest;
}
