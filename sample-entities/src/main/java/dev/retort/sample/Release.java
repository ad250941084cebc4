package dev.retort.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** One released version of a package. */
@Entity
@Table(name = "releases",
    indexes = @Index(name = "ix_releases_created", columnList = "created"),
    uniqueConstraints = @UniqueConstraint(name = "uk_releases_version",
        columnNames = {"package_name", "major", "minor", "patch", "pre_release"}))
public class Release {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(optional = false)
  @JoinColumn(name = "package_name")
  private Package pkg;

  @Embedded
  private Version version;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20)
  private ReleaseKind kind;

  @NotNull
  @Column(name = "created")
  private LocalDateTime created;

  @Size(max = 2000)
  @Column(name = "comment_text")
  private String comment;

  @Size(max = 500)
  @Column(name = "url")
  private String url;

  @Column(name = "size_bytes")
  private long sizeBytes;

  protected Release() {}

  public Release(Package pkg, Version version, ReleaseKind kind, LocalDateTime created) {
    this.pkg = pkg;
    this.version = version;
    this.kind = kind;
    this.created = created;
  }

  public Long getId() {
    return id;
  }

  public Package getPackage() {
    return pkg;
  }

  public Version getVersion() {
    return version;
  }

  public ReleaseKind getKind() {
    return kind;
  }

  public LocalDateTime getCreated() {
    return created;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public void setSizeBytes(long sizeBytes) {
    this.sizeBytes = sizeBytes;
  }
}
