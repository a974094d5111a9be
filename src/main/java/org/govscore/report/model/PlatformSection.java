package org.govscore.report.model;

import java.util.List;

/**
 * The seed's platform, measured per region: one code (一码, the share of person and entity exchanges
 * with a valid identifier), two networks (二网, the share of exchanges on the e-government extranet)
 * and six libraries (六库, the resource sharing rate of each base library).
 *
 * @param libraries the six libraries' names, the columns of {@code rows}
 * @param librariesMeasured false when the results store has no base_library (written before v2)
 */
public record PlatformSection(
    List<Term> libraries, boolean librariesMeasured, List<RegionRow> rows) {

  /** One region: its rates with their counts, and the libraries that served nothing. */
  public record RegionRow(
      UnitLink region,
      String level,
      String oneCode,
      String oneCodeCounts,
      String twoNetworks,
      String twoNetworksCounts,
      List<String> libraryRates,
      List<String> servedNothing) {}
}
