package org.govscore.cli;

/**
 * A failure caused by the user's input or flags, not by a bug: reported as one line on stderr
 * with the given exit code, never as a stack trace (unless --verbose).
 */
public class UserException extends RuntimeException {
  private final int exitCode;

  public UserException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public UserException(String message) {
    this(ExitCodes.FAILURE, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
