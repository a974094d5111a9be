package org.govscore.base;

/** The engine's version, recorded in every run manifest and printed by --version. */
public final class EngineVersion {
  public static final String VALUE = "0.1.0";

  private EngineVersion() {}
}
