package org.govscore.generate;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.spark.sql.SparkSession;
import org.govscore.cli.Console;

/** The local session and a quiet console the generator tests share. */
final class SparkTestSession {
  private SparkTestSession() {}

  static SparkSession create() {
    return org.govscore.testing.TestSpark.spark(); // one context per JVM, shared by all tests
  }

  static Console quietConsole() {
    return new Console(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true);
  }
}
