package dev.retort.sample;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A user who may publish releases of a package, with a role such as owner. */
@Entity
@Table(name = "maintainers")
public class Maintainer {
  @EmbeddedId
  private MaintainerId id;

  @MapsId("userId")
  @ManyToOne
  @JoinColumn(name = "user_id")
  private User user;

  @MapsId("packageName")
  @ManyToOne
  @JoinColumn(name = "package_name")
  private Package pkg;

  @NotNull
  @Size(max = 20)
  @Column(name = "role")
  private String role;

  @NotNull
  @Column(name = "since")
  private LocalDateTime since;

  protected Maintainer() {}

  public Maintainer(User user, Package pkg, String role, LocalDateTime since) {
    this.id = new MaintainerId(user.getId(), pkg.getName());
    this.user = user;
    this.pkg = pkg;
    this.role = role;
    this.since = since;
  }

  public MaintainerId getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public Package getPackage() {
    return pkg;
  }

  public String getRole() {
    return role;
  }

  public LocalDateTime getSince() {
    return since;
  }
}
