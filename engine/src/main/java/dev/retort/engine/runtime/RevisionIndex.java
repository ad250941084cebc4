package dev.retort.engine.runtime;

import dev.retort.engine.revision.RevisionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the {@code @Revision} annotations of one compiled set of migrations say, kept beside the classes: a
 * command that only needs the graph ({@code current}, {@code history}, {@code heads}) then loads no migration
 * class, and a run loads only the classes whose operations it needs. Written after the classes were loaded
 * and checked once; the classes of a cache entry never change, so neither does their index.
 *
 * <p>One line per migration, in class-name order: the class name, the id, the message, then each list
 * (parents, branch labels, dependencies) as its size followed by its elements, all separated by tabs.
 */
final class RevisionIndex {
  static final String FILE = "revisions";
  private static final String VERSION = "retort-revisions 1";

  private RevisionIndex() {}

  /** The revisions of {@code entry}, or empty when it has no index yet (or one this version cannot read). */
  static Optional<List<RevisionInfo>> read(Path entry) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(entry.resolve(FILE), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.isEmpty() || !lines.get(0).equals(VERSION)) {
      return Optional.empty();
    }
    List<RevisionInfo> revisions = new ArrayList<>();
    try {
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.split("\t", -1);
        int[] at = {3};
        revisions.add(new RevisionInfo(unescape(fields[1]), list(fields, at), unescape(fields[2]),
            unescape(fields[0]), list(fields, at), list(fields, at)));
      }
    } catch (RuntimeException damaged) {
      // a damaged index is no index: the classes say the same, read again
      return Optional.empty();
    }
    return Optional.of(revisions);
  }

  /** Writes the index of {@code revisions} into {@code entry}, replacing it whole. */
  static void write(Path entry, List<RevisionInfo> revisions) throws IOException {
    StringBuilder text = new StringBuilder(VERSION).append('\n');
    for (RevisionInfo revision : revisions) {
      text.append(escape(revision.source())).append('\t').append(escape(revision.id())).append('\t')
          .append(escape(revision.message()));
      for (List<String> list : List.of(revision.parents(), revision.branchLabels(), revision.dependsOn())) {
        text.append('\t').append(list.size());
        list.forEach(element -> text.append('\t').append(escape(element)));
      }
      text.append('\n');
    }
    // a concurrent reader sees the old file or the whole new one, never a part
    Path partial = entry.resolve(FILE + "." + ProcessHandle.current().pid() + "." + System.nanoTime());
    Files.writeString(partial, text, StandardCharsets.UTF_8);
    Files.move(partial, entry.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static List<String> list(String[] fields, int[] at) {
    int size = Integer.parseInt(fields[at[0]++]);
    List<String> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(unescape(fields[at[0]++]));
    }
    return list;
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
