package dev.retort.autogen.adopted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "tag", indexes = @Index(name = "ix_tag_rank", columnList = "rank_no desc, label"))
public class Tag {
  @Id
  Long id;

  @ManyToOne
  @JoinColumn(name = "realm_id")
  Realm realm;

  @Column(name = "rank_no")
  Integer rank;

  String label;

  @Column(name = "größe")
  Integer size;
}
