package dev.retort.engine.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the target expressions users type into the revisions to stand at: {@code head}, {@code heads},
 * {@code base}, a full id or unique prefix, {@code +N} and {@code -N} relative to what is applied.
 */
public final class TargetResolver {
  private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");

  private final RevisionGraph graph;

  public TargetResolver(RevisionGraph graph) {
    this.graph = graph;
  }

  /** The tips the database should stand at after moving to {@code expression}; empty means base. */
  public List<String> resolve(String expression, Set<String> applied) {
    String target = expression.strip();
    Matcher relative = RELATIVE.matcher(target);
    if (relative.matches()) {
      int steps = Integer.parseInt(relative.group(2));
      return relative.group(1).equals("+") ? forward(target, steps, applied) : backward(target, steps, applied);
    }
    return switch (target) {
      case "head" -> graph.singleHead().map(List::of).orElse(List.of());
      case "heads" -> graph.heads();
      case "base" -> List.of();
      default -> List.of(graph.resolveId(target));
    };
  }

  private List<String> forward(String target, int steps, Set<String> applied) {
    List<String> current = graph.tips(applied);
    if (current.size() > 1) {
      throw ambiguous(target, "the database stands at several heads " + current);
    }
    String at = current.isEmpty() ? null : current.get(0);
    for (int i = 0; i < steps; i++) {
      List<String> next = at == null ? graph.bases() : graph.children(at);
      if (next.isEmpty()) {
        throw new UnknownRevisionException(target, "Cannot move " + target + ": only " + i
            + " revision(s) lie ahead. Nothing was changed. Use `head` to go to the latest revision.");
      }
      if (next.size() > 1) {
        throw ambiguous(target, "the history branches into " + next);
      }
      at = next.get(0);
    }
    return at == null ? List.of() : List.of(at);
  }

  private List<String> backward(String target, int steps, Set<String> applied) {
    List<String> at = new ArrayList<>(graph.tips(applied));
    for (int i = 0; i < steps; i++) {
      if (at.isEmpty()) {
        throw new UnknownRevisionException(target, "Cannot move " + target + ": only " + i
            + " revision(s) are applied. Nothing was changed. Use `base` to undo every migration.");
      }
      if (at.size() > 1) {
        throw ambiguous(target, "the database stands at several revisions " + at);
      }
      at = new ArrayList<>(graph.get(at.get(0)).parents());
      if (at.size() > 1 && i < steps - 1) {
        throw ambiguous(target, "the history merges " + at);
      }
    }
    return List.copyOf(at);
  }

  private static UnknownRevisionException ambiguous(String target, String why) {
    return new UnknownRevisionException(target, "The relative target " + target + " is ambiguous: " + why
        + ". Nothing was changed. Name the revision id instead (see `retort history`).");
  }
}
