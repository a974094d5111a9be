package org.govscore.base;

/**
 * Where long steps report what they are doing. The command layer shows the lines on stderr (hidden
 * by --quiet); tests and embedding callers may pass {@link #SILENT}.
 */
@FunctionalInterface
public interface Progress {
  /** Discards every line. */
  Progress SILENT = line -> {};

  /** One progress line for a long step. Must never carry personal data. */
  void progress(String line);
}
