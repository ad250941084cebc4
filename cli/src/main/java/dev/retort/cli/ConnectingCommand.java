package dev.retort.cli;

import picocli.CommandLine.ArgGroup;

/** A command that connects to a database: it takes the connection options, listed first in its help. */
abstract class ConnectingCommand extends ProjectCommand {
  @ArgGroup(validate = false, heading = HelpSections.CONNECTION, order = 1)
  ConnectionOptions connection = new ConnectionOptions();

  @Override
  final ConnectionOptions connectionOptions() {
    return connection;
  }
}
