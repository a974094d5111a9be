package org.govscore.cli;

import picocli.CommandLine.Command;

@Command(name = "report", description = "Report (being built).")
public final class ReportCommand extends GovscoreCommand {
  @Override
  protected int execute(Console console) {
    console.error("govscore report: this command is not available in this build yet");
    return ExitCodes.FAILURE;
  }
}
