package dev.retort.cli;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Another process with an embedded H2 database open, for tests: opens {@code args[0]}, prints {@code open},
 * keeps it open for {@code args[1]} milliseconds, closes it and prints {@code closed}.
 */
public final class HoldsH2File {
  private HoldsH2File() {}

  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
      System.out.println("open");
      System.out.flush();
      Thread.sleep(Long.parseLong(args[1]));
    }
    System.out.println("closed");
    System.out.flush();
  }
}
