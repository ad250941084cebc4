package dev.retort.autogen.broad;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** UUID key, secondary table, element collections (set, ordered list, map), embeddables, a lob. */
@Entity
@Table(name = "accounts")
@org.hibernate.annotations.Comment("People and robots that sign in")
@SecondaryTable(name = "account_profiles", pkJoinColumns = @PrimaryKeyJoinColumn(name = "account_id"))
public class Account extends Audited {
  @Id
  @GeneratedValue
  UUID id;

  @NotNull
  @Size(max = 80)
  @org.hibernate.annotations.Comment("Public name, unique")
  @Column(name = "handle", unique = true)
  String handle;

  @Column(name = "bio", table = "account_profiles", length = 2000)
  String bio;

  @Lob
  @Column(name = "avatar")
  byte[] avatar;

  @Embedded
  Address address;

  @ElementCollection
  @CollectionTable(name = "account_tags", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "tag", length = 40)
  Set<String> tags = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "account_emails", joinColumns = @JoinColumn(name = "account_id"))
  @OrderColumn(name = "position")
  @Column(name = "email", length = 320)
  List<String> emails = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "account_settings", joinColumns = @JoinColumn(name = "account_id"))
  @MapKeyColumn(name = "setting_key", length = 60)
  @Column(name = "setting_value", length = 200)
  Map<String, String> settings = new HashMap<>();
}
