package com.example.catalog.model;

/** How a book is published; stored by name. */
public enum Format {
  HARDCOVER,
  PAPERBACK,
  EBOOK
}
