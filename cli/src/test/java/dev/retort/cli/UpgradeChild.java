package dev.retort.cli;

import dev.retort.engine.dialect.Dialects;
import dev.retort.engine.runtime.ConnectionSettings;
import dev.retort.engine.runtime.Connector;
import dev.retort.engine.runtime.Migrator;
import dev.retort.engine.runtime.SourceMigrations;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process a fault test kills: upgrades to head the way the CLI does, printing {@code done <n>} after
 * each statement of the last migration, and {@code paused} after statement {@code pauseAfter} of it, where it
 * waits to be killed. Arguments: url, user, password, project folder, pauseAfter (0: never).
 */
public final class UpgradeChild {
  private UpgradeChild() {}

  public static void main(String[] args) throws InterruptedException {
    String url = args[0];
    Path project = Path.of(args[3]);
    int pauseAfter = Integer.parseInt(args[4]);
    Migrator migrator = new Migrator(new Connector(new ConnectionSettings(url, args[1], args[2])),
        Dialects.forJdbcUrl(url), SourceMigrations.load(project.resolve("migrations"), project, List.of()));
    String last = migrator.migrations().graph().heads().get(0);
    migrator.withStatementListener((step, number, total, statement) -> {
      if (!step.id().equals(last)) {
        return;
      }
      System.out.println("done " + number);
      System.out.flush();
      if (number == pauseAfter) {
        System.out.println("paused");
        System.out.flush();
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }).upgrade("head", step -> { });
    System.out.println("finished");
  }
}
