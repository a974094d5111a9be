package org.govscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.govscore.base.GovscoreException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Only the command layer turns a failure's kind into an exit code, wrapped or not. */
class ExitCodeMappingTest {
  @Command(name = "throws")
  static final class Throwing extends GovscoreCommand {
    RuntimeException failure;

    @Override
    protected int execute(Console console) {
      throw failure;
    }
  }

  private final StringWriter err = new StringWriter();

  private int run(RuntimeException failure) {
    Throwing command = new Throwing();
    command.failure = failure;
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(new StringWriter()));
    line.setErr(new PrintWriter(err));
    return line.execute();
  }

  @Test
  void eachKindHasItsCode() {
    assertEquals(1, ExitCodes.of(GovscoreException.Kind.FAILURE));
    assertEquals(2, ExitCodes.of(GovscoreException.Kind.USAGE));
    assertEquals(3, ExitCodes.of(GovscoreException.Kind.DATA_REJECTED));
  }

  @Test
  void aDirectUserErrorExitsWithItsKindsCode() {
    assertEquals(
        3, run(new GovscoreException(GovscoreException.Kind.DATA_REJECTED, "too many rejects")));
    assertEquals("govscore throws: too many rejects\n", err.toString());
  }

  @Test
  void aUserErrorWrappedBySparkKeepsItsCodeAndMessage() {
    RuntimeException wrapped =
        new RuntimeException(
            "Job aborted due to stage failure",
            new IllegalStateException(
                "task failed", new GovscoreException(GovscoreException.Kind.USAGE, "bad flag")));
    assertEquals(2, run(wrapped));
    assertEquals("govscore throws: bad flag\n", err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void aBugExitsOneWithItsRootCauseAndNoStackTrace() {
    assertEquals(1, run(new RuntimeException("outer", new ArithmeticException("/ by zero"))));
    assertTrue(err.toString().startsWith("govscore throws: failed: / by zero"), err.toString());
    assertFalse(err.toString().contains("\tat "), err.toString());
  }

  @Test
  void aKindIsRequired() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new GovscoreException(null, "x"));
    assertEquals("kind must not be null (message: x)", e.getMessage());
  }
}
