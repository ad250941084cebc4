package dev.retort.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;

/** A registered user of the index. */
@Entity
@Table(name = "users")
public class User {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @Size(max = 320)
  @Column(name = "email", unique = true)
  private String email;

  @NotNull
  @Size(max = 200)
  @Column(name = "name")
  private String name;

  @NotNull
  @Size(max = 255)
  @Column(name = "password_hash")
  private String passwordHash;

  @NotNull
  @Column(name = "created")
  private LocalDateTime created;

  @Column(name = "last_login")
  private Instant lastLogin;

  protected User() {}

  public User(String email, String name, String passwordHash, LocalDateTime created) {
    this.email = email;
    this.name = name;
    this.passwordHash = passwordHash;
    this.created = created;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public LocalDateTime getCreated() {
    return created;
  }

  public Instant getLastLogin() {
    return lastLogin;
  }

  public void setLastLogin(Instant lastLogin) {
    this.lastLogin = lastLogin;
  }
}
