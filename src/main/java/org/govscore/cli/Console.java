package org.govscore.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.govscore.base.Progress;

/** Where a command writes: progress (suppressed by --quiet), results and errors. */
public final class Console implements Progress {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final long started = System.nanoTime();

  public Console(PrintWriter out, PrintWriter err, boolean quiet) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
  }

  /** A progress line for a long step; hidden by --quiet. */
  @Override
  public void progress(String line) {
    if (!quiet) {
      err.println(
          String.format(
              Locale.ROOT, "[govscore %6.1fs] %s", (System.nanoTime() - started) / 1e9, line));
      err.flush();
    }
  }

  /** Output the user asked for (summaries, tables). */
  public void println(String line) {
    out.println(line);
    out.flush();
  }

  public void error(String line) {
    err.println(line);
    err.flush();
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public boolean quiet() {
    return quiet;
  }
}
