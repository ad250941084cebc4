package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A nested embeddable with numeric precision. */
@Embeddable
public class GeoPoint {
  @Column(name = "lat", precision = 9, scale = 6)
  BigDecimal latitude;

  @Column(name = "lon", precision = 9, scale = 6)
  BigDecimal longitude;
}
