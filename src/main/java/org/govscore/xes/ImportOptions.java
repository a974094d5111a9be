package org.govscore.xes;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Optional settings of an import.
 *
 * @param regionCode replaces the mapping's region code when not null
 * @param regionName replaces the mapping's region name when not null
 * @param progressEvery traces between two progress lines
 * @param progress receives the progress lines
 */
public record ImportOptions(
    String regionCode, String regionName, int progressEvery, Consumer<String> progress) {
  public static final ImportOptions DEFAULT = new ImportOptions(null, null, 1000, line -> {});

  public ImportOptions {
    Objects.requireNonNull(progress, "progress");
    if (progressEvery < 1) {
      throw new IllegalArgumentException("progressEvery must be positive: " + progressEvery);
    }
  }

  public ImportOptions withRegion(String code, String name) {
    return new ImportOptions(code, name, progressEvery, progress);
  }

  public ImportOptions withProgress(int every, Consumer<String> sink) {
    return new ImportOptions(regionCode, regionName, every, sink);
  }
}
