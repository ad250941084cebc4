package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** Columns every entity below inherits. */
@MappedSuperclass
public abstract class Audited {
  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Version
  @Column(name = "row_version")
  long version;
}
