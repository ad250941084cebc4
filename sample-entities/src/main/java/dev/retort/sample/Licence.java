package dev.retort.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A software licence, identified by its SPDX id. */
@Entity
@Table(name = "licences")
public class Licence {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @Size(max = 64)
  @Column(name = "spdx_id", unique = true)
  private String spdxId;

  @NotNull
  @Size(max = 200)
  @Column(name = "name")
  private String name;

  @Size(max = 500)
  @Column(name = "url")
  private String url;

  protected Licence() {}

  public Licence(String spdxId, String name) {
    this.spdxId = spdxId;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getSpdxId() {
    return spdxId;
  }

  public String getName() {
    return name;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
