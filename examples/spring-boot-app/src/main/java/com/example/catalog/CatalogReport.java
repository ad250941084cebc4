package com.example.catalog;

import com.example.catalog.model.Author;
import com.example.catalog.model.Book;
import com.example.catalog.model.BookRepository;
import com.example.catalog.model.Format;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs once the application has started (so after Retort migrated the database and Hibernate validated it):
 * stocks an empty catalog with one book, then lists every book.
 */
@Component
public class CatalogReport implements CommandLineRunner {
  private static final Logger LOG = LoggerFactory.getLogger(CatalogReport.class);

  private final BookRepository books;

  public CatalogReport(BookRepository books) {
    this.books = books;
  }

  @Override
  @Transactional
  public void run(String... args) {
    if (books.count() == 0) {
      Author author = new Author("Ursula K. Le Guin");
      books.save(new Book("The Dispossessed", "9780060512750", Format.PAPERBACK, author));
      LOG.info("Stocked the empty catalog with one book");
    }
    List<Book> all = books.findAllByOrderByIsbn();
    LOG.info("The catalog holds {} {}", all.size(), all.size() == 1 ? "book" : "books");
    for (Book book : all) {
      LOG.info("{} by {} ({}, ISBN {})", book.getTitle(), book.getAuthor().getName(), book.getFormat(),
          book.getIsbn());
    }
  }
}
