package dev.retort.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Which command a command line names, read before picocli parses it, so only that command is built. */
final class SubcommandName {
  /** Commands that need every other one: help lists them, completion scripts cover them. */
  private static final List<String> NEED_ALL = List.of("help", "generate-completion");

  private SubcommandName() {
  }

  /**
   * The command class {@code args} name after the root's options, or null when they name none, name one that
   * needs every command, or name something unknown (picocli then suggests the nearest).
   */
  static Class<?> find(CommandSpec root, List<Class<?>> commands, List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        return null;
      }
      if (arg.startsWith("-")) {
        OptionSpec option = root.findOption(arg);
        if (option != null && option.arity().max() > 0 && !arg.contains("=")) {
          i++;
        }
        continue;
      }
      if (NEED_ALL.contains(arg)) {
        return null;
      }
      for (Class<?> command : commands) {
        Command annotation = command.getAnnotation(Command.class);
        if (annotation.name().equals(arg) || List.of(annotation.aliases()).contains(arg)) {
          return command;
        }
      }
      return null;
    }
    return null;
  }
}
