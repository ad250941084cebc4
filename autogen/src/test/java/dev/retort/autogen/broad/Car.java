package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A single-table subclass. */
@Entity
@DiscriminatorValue("CAR")
public class Car extends Vehicle {
  @Column(name = "seats")
  Integer seats;
}
