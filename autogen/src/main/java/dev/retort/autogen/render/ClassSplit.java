package dev.retort.autogen.render;

import dev.retort.autogen.render.MethodSplit.Part;
import dev.retort.autogen.render.MethodSplit.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves the methods of a very large migration into nested classes when one class would hold more constants
 * than the JVM allows (65,535 entries in a class's constant pool; every distinct string takes two). Each nested
 * class takes consecutive methods of one direction while its estimate stays under the limit: {@code Upgrade1},
 * {@code Upgrade2}, ..., {@code Downgrade1}, ..., or {@code Upgrade} where one is enough.
 */
final class ClassSplit {
  /** Entries of a constant pool to fill at most: room is left for what the estimate leaves out. */
  static final int DEFAULT_CONSTANTS = 40_000;

  /** Method and class references, annotations and attribute names: generous for what any migration uses. */
  private static final int FIXED_ENTRIES = 1_000;
  /** A method's reference, name and type. */
  private static final int ENTRIES_PER_METHOD = 4;

  /** A nested class and the methods it holds. */
  record Holder(String name, List<Part> parts) {}

  private ClassSplit() {}

  /**
   * The nested classes the parts go in; empty when the migration class can hold them all beside the
   * statements that stay in {@code upgrade()} and {@code downgrade()} themselves.
   */
  static List<Holder> of(List<Statement> upgrade, List<Statement> downgrade, List<Part> upgradeParts,
      List<Part> downgradeParts, int limit) {
    Set<String> literals = new HashSet<>();
    upgrade.forEach(s -> literals.addAll(s.literals()));
    downgrade.forEach(s -> literals.addAll(s.literals()));
    if (entries(literals.size(), upgradeParts.size() + downgradeParts.size()) <= limit) {
      return List.of();
    }
    List<Holder> holders = new ArrayList<>();
    holders.addAll(pack("Upgrade", upgradeParts, limit));
    holders.addAll(pack("Downgrade", downgradeParts, limit));
    return holders;
  }

  private static List<Holder> pack(String prefix, List<Part> parts, int limit) {
    List<List<Part>> groups = new ArrayList<>();
    List<Part> group = null;
    Set<String> literals = new HashSet<>();
    for (Part part : parts) {
      Set<String> more = new HashSet<>(literals);
      part.statements().forEach(s -> more.addAll(s.literals()));
      if (group == null || entries(more.size(), group.size() + 1) > limit) {
        group = new ArrayList<>();
        groups.add(group);
        more.clear();
        part.statements().forEach(s -> more.addAll(s.literals()));
      }
      group.add(part);
      literals = more;
    }
    List<Holder> holders = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      holders.add(new Holder(groups.size() == 1 ? prefix : prefix + (i + 1), List.copyOf(groups.get(i))));
    }
    return holders;
  }

  private static int entries(int literals, int methods) {
    return FIXED_ENTRIES + 2 * literals + ENTRIES_PER_METHOD * methods;
  }
}
