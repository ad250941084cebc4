package dev.retort.autogen.broad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A self reference and a many-to-many to accounts. */
@Entity
@Table(name = "teams")
public class Team {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "name", length = 100, nullable = false, unique = true)
  String name;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  Team parent;

  @ManyToMany
  @JoinTable(name = "team_members", joinColumns = @JoinColumn(name = "team_id"),
      inverseJoinColumns = @JoinColumn(name = "account_id"))
  Set<Account> members = new HashSet<>();
}
