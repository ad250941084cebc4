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
  private static final Pattern FROM_REVISION = Pattern.compile("(.+?)([+-])(\\d+)");

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
      List<String> current = graph.tips(applied);
      return relative.group(1).equals("+") ? forward(target, steps, current) : backward(target, steps, current);
    }
    Matcher fromRevision = FROM_REVISION.matcher(target);
    if (fromRevision.matches()) {
      List<String> start = resolve(fromRevision.group(1), applied);
      int steps = Integer.parseInt(fromRevision.group(3));
      return fromRevision.group(2).equals("+") ? forward(target, steps, start) : backward(target, steps, start);
    }
    if (target.endsWith("@head")) {
      return List.of(branchHead(target, target.substring(0, target.length() - "@head".length())));
    }
    return switch (target) {
      case "head" -> graph.singleHead().map(List::of).orElse(List.of());
      case "heads" -> graph.heads();
      case "base" -> List.of();
      default -> List.of(graph.find(target).map(RevisionInfo::id)
          .or(() -> graph.labelled(target))
          .orElseGet(() -> graph.resolveId(target)));
    };
  }

  /** The one head among the revisions that follow the labelled one. */
  private String branchHead(String target, String label) {
    String start = graph.labelled(label).orElseThrow(() -> new UnknownRevisionException(target, "No revision"
        + " carries the branch label '" + label + "'. Nothing was changed. Run `retort branches` to list the"
        + " labels."));
    Set<String> branch = graph.descendants(start);
    List<String> heads = graph.heads().stream().filter(branch::contains).toList();
    if (heads.size() != 1) {
      throw ambiguous(target, "the branch '" + label + "' has " + heads.size() + " heads " + heads);
    }
    return heads.get(0);
  }

  private List<String> forward(String target, int steps, List<String> current) {
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

  private List<String> backward(String target, int steps, List<String> current) {
    List<String> at = new ArrayList<>(current);
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
