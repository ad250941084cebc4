package dev.retort.autogen.adopted;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 64 characters: MariaDB keeps them all, PostgreSQL keeps 63. */
@Entity
@Table(name = "a_table_name_of_sixty_four_characters_which_postgres_cuts_at_63x")
public class LongName {
  @Id
  Long id;
}
