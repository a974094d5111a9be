package org.govscore.base;

/**
 * A failure the user can act on (bad flags, bad input, a missing file), not a bug. Lower layers say
 * only what kind of failure it is; the command layer alone turns the kind into an exit code and
 * prints the message as one line, never as a stack trace (unless --verbose).
 */
public class GovscoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, from the user's side. */
  public enum Kind {
    /** The run could not complete (unreadable file, missing results, font, licence text). */
    FAILURE,
    /** A flag, job file or parameter is invalid. */
    USAGE,
    /** The input's reject share is above the threshold; nothing was written. */
    DATA_REJECTED
  }

  private final Kind kind;

  public GovscoreException(Kind kind, String message) {
    super(message);
    if (kind == null) {
      throw new IllegalArgumentException("kind must not be null (message: " + message + ")");
    }
    this.kind = kind;
  }

  public GovscoreException(String message) {
    this(Kind.FAILURE, message);
  }

  public GovscoreException(Kind kind, String message, Throwable cause) {
    this(kind, message);
    initCause(cause);
  }

  public Kind kind() {
    return kind;
  }
}
