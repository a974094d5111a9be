package org.govscore.cli;

import picocli.CommandLine.Command;

@Command(name = "demo", description = "Demo (being built).")
public final class DemoCommand extends GovscoreCommand {
  @Override
  protected int execute(Console console) {
    console.error("govscore demo: this command is not available in this build yet");
    return ExitCodes.FAILURE;
  }
}
