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
import java.util.List;

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

  /** Two migrations written in the same second with the same message get _2, _3, ... */
  private String freeName(String className) {
    String candidate = className;
    for (int n = 2; Files.exists(folder.resolve(candidate + ".java")); n++) {
      candidate = className + "_" + n;
    }
    return candidate;
  }
}
