package dev.retort.project;

import java.io.PrintWriter;

/** One run of a command by a front end: its settings, the project they describe, and where it prints. */
public interface CommandRun {
  /** The settings, resolved anew. */
  Settings settings();

  /** The project these settings describe. */
  Project project(Settings settings);

  Environment environment();

  /** Where the command's report goes. */
  PrintWriter out();

  /** Whether to say more: the classes of the entity package discovery never loaded. */
  boolean verbose();

  /** Whether a missing migrations folder is the default one, which writing the first migration creates. */
  boolean createsMigrationsFolder();
}
