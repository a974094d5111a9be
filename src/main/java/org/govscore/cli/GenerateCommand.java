package org.govscore.cli;

import picocli.CommandLine.Command;

@Command(name = "generate", description = "Generate (being built).")
public final class GenerateCommand extends GovscoreCommand {
  @Override
  protected int execute(Console console) {
    console.error("govscore generate: this command is not available in this build yet");
    return ExitCodes.FAILURE;
  }
}
