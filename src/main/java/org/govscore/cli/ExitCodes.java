package org.govscore.cli;

import org.govscore.base.GovscoreException;

/** The exit codes README.md ("Commands") documents. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int DATA_REJECTED = 3;

  private ExitCodes() {}

  /** The exit code of a failure of the given kind: the one place kinds become codes. */
  public static int of(GovscoreException.Kind kind) {
    return switch (kind) {
      case FAILURE -> FAILURE;
      case USAGE -> USAGE;
      case DATA_REJECTED -> DATA_REJECTED;
    };
  }
}
