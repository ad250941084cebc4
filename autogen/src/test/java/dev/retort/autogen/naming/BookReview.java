package dev.retort.autogen.naming;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** No explicit names: the naming strategy decides them, as in a Spring Boot application. */
@Entity
public class BookReview {
  @Id
  Long reviewId;

  String reviewerName;

  LocalDate publishedOn;
}
