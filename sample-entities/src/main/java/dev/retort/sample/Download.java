package dev.retort.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** How often a release was downloaded on one day. */
@Entity
@Table(name = "downloads", uniqueConstraints = @UniqueConstraint(name = "uk_downloads_release_day",
    columnNames = {"release_id", "download_day"}))
public class Download {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(optional = false)
  @JoinColumn(name = "release_id")
  private Release release;

  @NotNull
  @Column(name = "download_day")
  private LocalDate day;

  @Column(name = "download_count")
  private long count;

  protected Download() {}

  public Download(Release release, LocalDate day, long count) {
    this.release = release;
    this.day = day;
    this.count = count;
  }

  public Long getId() {
    return id;
  }

  public Release getRelease() {
    return release;
  }

  public LocalDate getDay() {
    return day;
  }

  public long getCount() {
    return count;
  }
}
