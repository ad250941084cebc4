package dev.retort.autogen.discovery;

import java.util.Objects;

/**
 * A mapped class naming another class in its signatures.
 *
 * @param user the mapped class, as {@code entity com.app.Order}
 * @param how how it names the other class ({@code field amount}, {@code its superclass}), or null if unknown
 */
public record ClassUse(String user, String how) {
  public ClassUse {
    Objects.requireNonNull(user, "user == null");
  }
}
