package org.govscore.report;

import org.govscore.scoring.Findings;

/**
 * A report class as it must not be written (it reads the engine, not the store): the fixture that
 * proves ArchitectureTest's rule on report, site and render can fail.
 */
public final class EngineReadingReport {
  private EngineReadingReport() {}

  /** Reads a list of the engine's (a constant string would be inlined and leave no trace). */
  public static boolean fallsAreFound(String indicator) {
    return Findings.FALL_INDICATORS.contains(indicator);
  }
}
