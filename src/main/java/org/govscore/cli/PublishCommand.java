package org.govscore.cli;

import picocli.CommandLine.Command;

@Command(name = "publish", description = "Publish (being built).")
public final class PublishCommand extends GovscoreCommand {
  @Override
  protected int execute(Console console) {
    console.error("govscore publish: this command is not available in this build yet");
    return ExitCodes.FAILURE;
  }
}
