package org.govscore.generate;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.govscore.cli.Console;
import org.govscore.spark.SparkSessions;

/** The local session and a quiet console the generator tests share. */
final class SparkTestSession {
  private SparkTestSession() {}

  static SparkSession create() {
    return SparkSessions.create("test", "Asia/Shanghai", Map.of("spark.master", "local[2]"));
  }

  static Console quietConsole() {
    return new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true);
  }
}
