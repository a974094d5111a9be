package org.govscore.cli;

import picocli.CommandLine.Command;

@Command(name = "import-xes", description = "ImportXes (being built).")
public final class ImportXesCommand extends GovscoreCommand {
  @Override
  protected int execute(Console console) {
    console.error("govscore import-xes: this command is not available in this build yet");
    return ExitCodes.FAILURE;
  }
}
