package dev.retort.autogen.adopted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A key of three columns declared in another order than Hibernate exports them, one of them a reference. */
@Entity
@Table(name = "membership")
@IdClass(Membership.Key.class)
public class Membership {
  @Id
  @Column(name = "user_id")
  Long userId;

  @Id
  @ManyToOne
  @JoinColumn(name = "group_realm_id")
  Realm realm;

  @Id
  @Column(name = "a_role", length = 30)
  String role;

  public static class Key implements Serializable {
    Long userId;
    Long realm;
    String role;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(realm, k.realm)
          && Objects.equals(role, k.role);
    }

    @Override
    public int hashCode() {
      return Objects.hash(userId, realm, role);
    }
  }
}
