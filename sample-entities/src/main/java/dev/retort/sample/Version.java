package dev.retort.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** A semantic version: major.minor.patch with an optional pre-release label. */
@Embeddable
public class Version {
  @Column(name = "major", nullable = false)
  private int major;

  @Column(name = "minor", nullable = false)
  private int minor;

  @Column(name = "patch", nullable = false)
  private int patch;

  @Size(max = 20)
  @Column(name = "pre_release")
  private String preRelease;

  protected Version() {}

  public Version(int major, int minor, int patch, String preRelease) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.preRelease = preRelease;
  }

  public int getMajor() {
    return major;
  }

  public int getMinor() {
    return minor;
  }

  public int getPatch() {
    return patch;
  }

  public String getPreRelease() {
    return preRelease;
  }
}
