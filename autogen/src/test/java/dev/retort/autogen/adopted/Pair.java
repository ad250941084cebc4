package dev.retort.autogen.adopted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An {@code @IdClass} record whose components come in another order than their names sort. */
@Entity
@Table(name = "pair")
@IdClass(Pair.Key.class)
public class Pair {
  @Id
  @Column(name = "b")
  Long b;

  @Id
  @Column(name = "a")
  Long a;

  public record Key(Long b, Long a) implements Serializable {}
}
