package org.govscore;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.govscore.cli.GovscoreCli;

/** Entry point of the launcher and of spark-submit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = GovscoreCli.run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
