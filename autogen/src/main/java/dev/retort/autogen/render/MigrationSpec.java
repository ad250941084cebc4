package dev.retort.autogen.render;

import dev.retort.engine.op.SchemaOp;
import java.util.List;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * Everything a migration class is rendered from.
 *
 * @param packageName Java package of the class (empty for the default package)
 * @param className simple class name
 * @param revisionId the revision id
 * @param parents parent revision ids
 * @param message what the migration does
 * @param upgrade operations of {@code upgrade()}
 * @param downgrade operations of {@code downgrade()}
 */
public record MigrationSpec(String packageName, String className, String revisionId, List<String> parents,
    String message, List<SchemaOp> upgrade, List<SchemaOp> downgrade) {

  public MigrationSpec {
    Objects.requireNonNull(packageName, "packageName == null");
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException("not a Java package name: " + packageName);
    }
    if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
      throw new IllegalArgumentException("not a Java class name: " + className);
    }
    if (revisionId == null || revisionId.isBlank()) {
      throw new IllegalArgumentException("revisionId is blank");
    }
    parents = List.copyOf(parents);
    message = message == null ? "" : message;
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
  }
}
