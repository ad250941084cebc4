package dev.retort.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The key of a {@link Maintainer}: a user and a package. */
@Embeddable
public class MaintainerId implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "user_id")
  private Long userId;

  @Column(name = "package_name", length = 100)
  private String packageName;

  protected MaintainerId() {}

  public MaintainerId(Long userId, String packageName) {
    this.userId = userId;
    this.packageName = packageName;
  }

  public Long getUserId() {
    return userId;
  }

  public String getPackageName() {
    return packageName;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MaintainerId that
        && Objects.equals(userId, that.userId)
        && Objects.equals(packageName, that.packageName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, packageName);
  }
}
