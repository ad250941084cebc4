package dev.retort.autogen.entity.warmup;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The other side of {@link WarmUpBook}'s key. */
@Entity
@Table(name = "warm_up_shelf")
public class WarmUpShelf {
  @Id
  @GeneratedValue
  Long id;

  String label;
}
