package app.changed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "item")
public class Item {
  @Id
  private Long id;

  @Column(nullable = false, length = 80)
  private String name;

  /** The change the entities made since the migration: a new column. */
  @Column(length = 200)
  private String note;
}
