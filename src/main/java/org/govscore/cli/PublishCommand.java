package org.govscore.cli;

import picocli.CommandLine.Command;

/**
 * The public ranking site (PRODUCT.md, "Public site"). This build does not render it yet: the
 * command says so plainly and fails, rather than writing an empty site.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = "Build the public ranking site and open data (not in this build).")
public final class PublishCommand extends GovscoreCommand {
  @Override
  protected int execute(Console console) {
    console.error("govscore publish: the public site is not part of this build; the results store"
        + " (evaluate) and the report are");
    return ExitCodes.FAILURE;
  }
}
