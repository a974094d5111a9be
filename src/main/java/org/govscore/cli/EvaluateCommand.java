package org.govscore.cli;

import picocli.CommandLine.Command;

@Command(name = "evaluate", description = "Evaluate (being built).")
public final class EvaluateCommand extends GovscoreCommand {
  @Override
  protected int execute(Console console) {
    console.error("govscore evaluate: this command is not available in this build yet");
    return ExitCodes.FAILURE;
  }
}
