package org.govscore.cli;

/** Exit codes of PRODUCT.md. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int DATA_REJECTED = 3;

  private ExitCodes() {}
}
