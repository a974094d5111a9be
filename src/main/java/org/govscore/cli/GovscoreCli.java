package org.govscore.cli;

import java.io.PrintWriter;
import org.govscore.base.EngineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code govscore} command line: parses flags once, dispatches to a sub-command. */
@Command(
    name = "govscore",
    mixinStandardHelpOptions = true,
    versionProvider = GovscoreCli.Version.class,
    description = "Evidence-based evaluation of online government services on Apache Spark.",
    subcommands = {
      DemoCommand.class,
      GenerateCommand.class,
      ValidateCommand.class,
      EvaluateCommand.class,
      ReportCommand.class,
      PublishCommand.class,
      ImportXesCommand.class
    })
public final class GovscoreCli implements Runnable {
  public static final String VERSION = EngineVersion.VALUE;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Runs the command line; returns the exit code instead of exiting, for tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new GovscoreCli());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("govscore: " + ex.getMessage());
          err.println(
              "Try 'govscore "
                  + (ex.getCommandLine().getCommandName().equals("govscore")
                      ? ""
                      : ex.getCommandLine().getCommandName() + " ")
                  + "--help'.");
          err.flush();
          return ExitCodes.USAGE;
        });
    if (args.length == 0) {
      cmd.usage(err);
      return ExitCodes.USAGE;
    }
    return cmd.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"govscore " + VERSION};
    }
  }
}
