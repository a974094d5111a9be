package org.govscore.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.govscore.base.GovscoreException;
import org.govscore.spark.SparkSessions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every sub-command: turns user errors into one-line messages and exit codes, and hands the
 * command a {@link Console} on the injected writers.
 */
public abstract class GovscoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin protected CommonOptions common = new CommonOptions();

  /**
   * A Spark session for this command in the job's time zone, with progress shown on the console.
   */
  protected SparkSession spark(
      String appName, String timeZone, Map<String, String> extraConf, Console console) {
    Map<String, String> conf = new LinkedHashMap<>(extraConf);
    conf.putAll(common.sparkConf());
    ownsSession = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSessions.create(appName, timeZone, conf);
    spark.sparkContext().setLogLevel("WARN");
    progress = new ProgressListener(console);
    spark.sparkContext().addSparkListener(progress);
    return spark;
  }

  private boolean ownsSession;
  private ProgressListener progress;

  /**
   * Stops the session if this command started it (an embedding caller keeps its own, and loses this
   * command's progress listener, so listeners do not pile up on a long-lived context).
   */
  protected void release(SparkSession spark) {
    if (progress != null) {
      spark.sparkContext().removeSparkListener(progress);
      progress = null;
    }
    if (ownsSession) {
      spark.stop();
    }
  }

  /** Runs the command; returns its exit code. */
  protected abstract int execute(Console console) throws Exception;

  @Override
  public final Integer call() {
    Console console =
        new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), common.quiet());
    try {
      return execute(console);
    } catch (Exception | Error e) {
      // A user error keeps its own message and exit code, also when Spark or a thread pool
      // wrapped it; anything else is a failure named by its root cause.
      Throwable root = rootCause(e);
      GovscoreException user = root instanceof GovscoreException g ? g : null;
      console.error(
          "govscore " + spec.name() + ": " + (user != null ? user.getMessage() : failure(root)));
      if (common.verbose()) {
        e.printStackTrace(console.err());
      }
      return user != null ? ExitCodes.of(user.kind()) : ExitCodes.FAILURE;
    }
  }

  private String failure(Throwable root) {
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return "failed: "
        + firstLine(message)
        + (common.verbose() ? "" : " (run with --verbose for details)");
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (!(c instanceof GovscoreException) && c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
