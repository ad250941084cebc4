package dev.retort.engine.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Places a {@link Migration} in the revision graph. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
  /** This revision's id: 12 lower-case hex digits by convention. */
  String id();

  /** Ids of the revisions this one follows; empty for a base revision, two or more for a merge. */
  String[] parents() default {};

  /** What the migration does, in a few words. */
  String message() default "";

  /** Names for the branch this revision starts, so targets can say {@code LABEL@head}. */
  String[] branchLabels() default {};

  /** Revisions of other branches that must be applied first; unlike parents, they are not joined. */
  String[] dependsOn() default {};
}
