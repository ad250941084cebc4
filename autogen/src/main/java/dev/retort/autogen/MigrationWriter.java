package dev.retort.autogen;

import dev.retort.autogen.render.MigrationNaming;
import dev.retort.autogen.render.MigrationRenderer;
import dev.retort.autogen.render.MigrationSpec;
import dev.retort.engine.error.ErrorCode;
import dev.retort.engine.error.RetortException;
import dev.retort.engine.op.SchemaOp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Renders a migration and writes it into the migrations folder, never over an existing file. */
public final class MigrationWriter {
  private final Path folder;
  private final String packageName;

  public MigrationWriter(Path folder, String packageName) {
    this.folder = folder;
    this.packageName = packageName;
  }

  public GeneratedMigration write(String revisionId, List<String> parents, String message, Instant createdAt,
      List<SchemaOp> upgrade, List<SchemaOp> downgrade) {
    String className = freeName(MigrationNaming.className(createdAt, message));
    MigrationSpec spec = new MigrationSpec(packageName, className, revisionId, parents, message, upgrade,
        downgrade);
    String source = new MigrationRenderer().render(spec);
    Path file = folder.resolve(className + ".java");
    try {
      Files.writeString(file, source, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new RetortException(ErrorCode.IO, "Cannot write " + file + ": " + e
          + ". Nothing was written. Check the folder (a file of that name may exist already) and rerun.", e);
    }
    return new GeneratedMigration(file, packageName + "." + className, revisionId);
  }

  /**
   * Writes the change {@code upgrade} (downgrade: its reverses, last first) as one migration, or, when it is
   * too large for one transaction ({@link MigrationParts}), as a chain of migrations that follow one another,
   * each with the message and "(1 of 3)", "(2 of 3)", ... The first has {@code parents}.
   *
   * @param revisionIds gives the id of each migration in turn
   */
  public List<GeneratedMigration> writeChain(Supplier<String> revisionIds, List<String> parents, String message,
      Instant createdAt, List<SchemaOp> upgrade) {
    return writeChain(revisionIds, parents, message, createdAt, upgrade, UnaryOperator.identity());
  }

  /**
   * As above, with each migration's upgrade and downgrade rewritten by {@code planner} (such as {@link
   * dev.retort.autogen.compare.OnlinePlan}): the downgrade is planned from the reverses of the plain
   * operations, never reversed from the planned ones, so that it gets the same treatment.
   */
  public List<GeneratedMigration> writeChain(Supplier<String> revisionIds, List<String> parents, String message,
      Instant createdAt, List<SchemaOp> upgrade, UnaryOperator<List<SchemaOp>> planner) {
    List<List<SchemaOp>> parts = MigrationParts.of(upgrade, MigrationParts.DEFAULT_LOCKS);
    List<GeneratedMigration> written = new ArrayList<>();
    List<String> follows = parents;
    for (int i = 0; i < parts.size(); i++) {
      List<SchemaOp> part = parts.get(i);
      List<SchemaOp> reverses = new ArrayList<>();
      part.forEach(op -> reverses.add(op.reverse()));
      Collections.reverse(reverses);
      String partMessage = parts.size() == 1 ? message : message + " (" + (i + 1) + " of " + parts.size() + ")";
      GeneratedMigration migration = write(revisionIds.get(), follows, partMessage, createdAt, planner.apply(part),
          planner.apply(reverses));
      written.add(migration);
      follows = List.of(migration.revisionId());
    }
    return written;
  }

  /** Two migrations written in the same second with the same message get _2, _3, ... */
  private String freeName(String className) {
    String candidate = className;
    for (int n = 2; Files.exists(folder.resolve(candidate + ".java")); n++) {
      candidate = className + "_" + n;
    }
    return candidate;
  }
}
