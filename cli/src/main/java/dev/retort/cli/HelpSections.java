package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * A command's help lists its options in sections: the option groups (Connection, Project) first, each in the
 * order its class declares them, then under Behaviour, alphabetically, every option outside a group: what the
 * command does and how it reports. An example ends it.
 */
final class HelpSections {
  static final String CONNECTION = "%nConnection:%n";
  static final String PROJECT = "%nProject:%n";
  static final String BEHAVIOUR = "%nBehaviour:%n";
  static final String EXAMPLE = "%nExample:%n";
  private static final String GROUPS = "retortOptionGroups";

  private HelpSections() {}

  static void apply(CommandSpec command) {
    UsageMessageSpec usage = command.usageMessage();
    if (usage.sectionMap().containsKey(GROUPS)) {
      return;
    }
    usage.sortOptions(false);
    usage.parameterListHeading("%nArguments:%n");
    usage.optionListHeading(BEHAVIOUR);
    usage.commandListHeading("%nCommands:%n");
    List<String> keys = new ArrayList<>(usage.sectionKeys());
    keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING), GROUPS);
    usage.sectionKeys(keys);
    usage.sectionMap().put(GROUPS, Help::optionListGroupSections);
    usage.sectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST,
        help -> help.optionListExcludingGroups(ungrouped(help.commandSpec()), help.createDefaultLayout(),
            Help.createShortOptionNameComparator(), help.parameterLabelRenderer()));
  }

  private static List<OptionSpec> ungrouped(CommandSpec command) {
    return command.options().stream().filter(o -> o.group() == null && !o.hidden()).toList();
  }
}
