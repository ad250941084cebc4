package dev.retort.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/** A published package, identified by its name. */
@Entity
@Table(name = "packages", indexes = @Index(name = "ix_packages_author_email", columnList = "author_email"))
public class Package {
  @Id
  @Size(max = 100)
  @Column(name = "name", length = 100)
  private String name;

  @Size(max = 255)
  @Column(name = "summary")
  private String summary;

  @Column(name = "description", length = 4000)
  private String description;

  @Size(max = 500)
  @Column(name = "home_page")
  private String homePage;

  @Size(max = 500)
  @Column(name = "docs_url")
  private String docsUrl;

  @NotNull
  @Size(max = 200)
  @Column(name = "author_name")
  private String authorName;

  @Size(max = 320)
  @Column(name = "author_email")
  private String authorEmail;

  @ManyToOne
  @JoinColumn(name = "licence_id")
  private Licence licence;

  @NotNull
  @Column(name = "created")
  private LocalDateTime created;

  @ManyToMany
  @JoinTable(name = "package_languages",
      joinColumns = @JoinColumn(name = "package_name"),
      inverseJoinColumns = @JoinColumn(name = "language_id"))
  private Set<Language> languages = new HashSet<>();
  // retort:fields-end

  protected Package() {}

  public Package(String name, String authorName, LocalDateTime created) {
    this.name = name;
    this.authorName = authorName;
    this.created = created;
  }

  public String getName() {
    return name;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getHomePage() {
    return homePage;
  }

  public void setHomePage(String homePage) {
    this.homePage = homePage;
  }

  public String getDocsUrl() {
    return docsUrl;
  }

  public void setDocsUrl(String docsUrl) {
    this.docsUrl = docsUrl;
  }

  public String getAuthorName() {
    return authorName;
  }

  public String getAuthorEmail() {
    return authorEmail;
  }

  public void setAuthorEmail(String authorEmail) {
    this.authorEmail = authorEmail;
  }

  public Licence getLicence() {
    return licence;
  }

  public void setLicence(Licence licence) {
    this.licence = licence;
  }

  public LocalDateTime getCreated() {
    return created;
  }

  public Set<Language> getLanguages() {
    return languages;
  }
}
