package org.govscore.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.govscore.cli.GovscoreCli;
import org.junit.jupiter.api.Test;

/** Usage errors of the publish command come before any Spark work, with exit code 2. */
class PublishCommandTest {
  @Test
  void missingFlagsAreNamed() {
    StringWriter err = new StringWriter();
    assertEquals(
        2,
        GovscoreCli.run(
            new String[] {"publish", "--out", "/tmp/x"},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true)));
    assertTrue(err.toString().contains("--results"), err.toString());
    err = new StringWriter();
    assertEquals(
        2,
        GovscoreCli.run(
            new String[] {"publish", "--results", "/r"},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true)));
    assertTrue(err.toString().contains("--out"), err.toString());
  }

  @Test
  void anUnknownLicenceIsNamedWithTheChoices() {
    StringWriter err = new StringWriter();
    assertEquals(
        2,
        GovscoreCli.run(
            new String[] {"publish", "--results", "/r", "--out", "/tmp/x", "--licence", "MIT"},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true)));
    assertTrue(
        err.toString()
            .contains(
                "Unknown --licence 'MIT'; supported: CC-BY-4.0, CC0-1.0, CC-BY-SA-4.0, ODbL-1.0"),
        err.toString());
  }
}
