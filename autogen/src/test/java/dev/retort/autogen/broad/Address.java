package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.constraints.Size;

/** An embeddable holding another one. */
@Embeddable
public class Address {
  @Size(max = 120)
  @Column(name = "street")
  String street;

  @Embedded
  GeoPoint point;
}
