package dev.retort.autogen.entity.constraintuse.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A constraint of the application's own, made of a built-in one. */
@NotNull
@Constraint(validatedBy = {})
@Target(FIELD)
@Retention(RUNTIME)
public @interface Code {
  String message() default "not a code";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
