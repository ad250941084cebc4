package dev.retort.autogen.adopted;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "grants")
public class Grant {
  @EmbeddedId
  Key key;

  String note;

  @Embeddable
  public record Key(@Column(name = "scope_name", length = 40) String scope, @Column(name = "client_id") Long client)
      implements Serializable {}
}
