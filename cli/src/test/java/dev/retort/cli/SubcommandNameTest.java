package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandNameTest {
  private static String built(String... args) {
    CommandLine commandLine = RetortCommand.commandLine(null, new PrintWriter(Writer.nullWriter()),
        new PrintWriter(Writer.nullWriter()), List.of(args));
    return String.join(" ", commandLine.getSubcommands().keySet());
  }

  @Test
  void onlyTheNamedCommandIsBuilt() {
    assertThat(built("upgrade", "head")).isEqualTo("upgrade");
    assertThat(built("--url", "jdbc:h2:mem:x", "--verbose", "current")).isEqualTo("current");
  }

  @Test
  void anOptionValueThatLooksLikeACommandIsSkipped() {
    assertThat(built("--url", "upgrade", "current")).isEqualTo("current");
    assertThat(built("--url=upgrade", "current")).isEqualTo("current");
    assertThat(built("--lock-timeout", "5", "autogen", "-m", "x")).isEqualTo("autogen");
  }

  /** The launcher keeps a class-data archive per command it knows by name: every command but help's. */
  @Test
  void theLauncherKnowsEveryCommand() throws IOException {
    String launcher = Files.readString(Path.of("..", "retort"));
    Matcher names = Pattern.compile("\\n    ([a-z|]+)\\)\\n      command=").matcher(launcher);
    assertThat(names.find()).as("the command names in ./retort").isTrue();
    assertThat(names.group(1).replace('|', ' ') + " generate-completion help").isEqualTo(built());
  }

  @Test
  void helpCompletionAndUnknownNamesGetEveryCommand() {
    String every = "init autogen revision upgrade downgrade current history heads branches show stamp merge check"
        + " drift review accept generate-completion help";
    assertThat(built()).isEqualTo(every);
    assertThat(built("--help")).isEqualTo(every);
    assertThat(built("help", "upgrade")).isEqualTo(every);
    assertThat(built("generate-completion")).isEqualTo(every);
    assertThat(built("upgarde", "head")).isEqualTo(every);
    assertThat(built("--", "upgrade")).isEqualTo(every);
  }
}
