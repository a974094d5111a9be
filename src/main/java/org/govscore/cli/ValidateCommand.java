package org.govscore.cli;

import picocli.CommandLine.Command;

@Command(name = "validate", description = "Validate (being built).")
public final class ValidateCommand extends GovscoreCommand {
  @Override
  protected int execute(Console console) {
    console.error("govscore validate: this command is not available in this build yet");
    return ExitCodes.FAILURE;
  }
}
