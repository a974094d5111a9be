package org.govscore.report;

import org.govscore.base.GovscoreException;

/**
 * Settings of the report alone (the evaluation's parameters are in the manifest): how many
 * composite points a change must exceed to count as a move in the summary.
 *
 * @param materialChange {@value #MATERIAL_CHANGE}: a change of the composite counts only above it
 */
public record ReportSettings(double materialChange) {
  public static final String MATERIAL_CHANGE = "report.material_change";
  public static final ReportSettings DEFAULTS = new ReportSettings(5);

  /**
   * The setting from a flag or job file value; null keeps the default; anything but a number >= 0
   * is a usage error.
   */
  public static ReportSettings parse(String materialChange) {
    if (materialChange == null || materialChange.isBlank()) {
      return DEFAULTS;
    }
    try {
      double v = Double.parseDouble(materialChange.trim());
      if (v >= 0 && !Double.isInfinite(v)) {
        return new ReportSettings(v);
      }
    } catch (NumberFormatException e) {
      // the usage error below names the key and the value
    }
    throw new GovscoreException(
        GovscoreException.Kind.USAGE,
        MATERIAL_CHANGE
            + " must be a number of composite points >= 0, not '"
            + materialChange
            + "'");
  }
}
