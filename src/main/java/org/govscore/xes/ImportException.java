package org.govscore.xes;

/**
 * A problem with the user's input (the log, the mapping file, the region flags or the output
 * folder). The message is one line and names the file and, where known, the line, so the CLI can
 * print it as is instead of a stack trace.
 */
public class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
