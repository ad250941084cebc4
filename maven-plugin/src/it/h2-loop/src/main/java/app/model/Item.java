package app.model;

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
}
