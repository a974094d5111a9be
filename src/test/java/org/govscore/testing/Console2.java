package org.govscore.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.govscore.cli.Console;

/** A console writing to strings, for tests. */
public final class Console2 {
  public final StringWriter out = new StringWriter();
  public final StringWriter err = new StringWriter();
  public final Console console =
      new Console(new PrintWriter(out, true), new PrintWriter(err, true), false);
}
