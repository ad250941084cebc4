package dev.retort.autogen.adopted;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(name = "realm")
public class Realm {
  @Id
  Long id;

  @Column(length = 50)
  String name;

  // the owner's column sorts after the inverse one
  @ManyToMany
  @JoinTable(name = "realm_tag", joinColumns = @JoinColumn(name = "zrealm_id"),
      inverseJoinColumns = @JoinColumn(name = "atag_id"))
  Set<Tag> tags;

  // two collections with the same column names: Hibernate gives both unique keys one name
  @ElementCollection
  @CollectionTable(name = "realm_attribute", joinColumns = @JoinColumn(name = "owner_id"))
  @Column(name = "val")
  Set<String> attributes;

  @ElementCollection
  @CollectionTable(name = "realm_flag", joinColumns = @JoinColumn(name = "owner_id"))
  @Column(name = "val")
  Set<String> flags;

  LocalDateTime created;

  @ColumnDefault("current_timestamp")
  LocalDateTime changed;

  @ColumnDefault("now()")
  LocalDateTime touched;

  @ColumnDefault("0")
  @Column(precision = 10, scale = 2)
  BigDecimal price;

  @ColumnDefault("substring('name', 1, 3)")
  @Column(length = 20)
  String code;
}
