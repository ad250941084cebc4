package dev.retort.autogen.naming;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** No explicit names: the naming strategy decides them (its sequence's too), as in a Spring Boot application. */
@Entity
public class BookReview {
  @Id
  @GeneratedValue
  Long reviewId;

  String reviewerName;

  LocalDate publishedOn;
}
