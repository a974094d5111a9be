package org.govscore.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Temporary folders of the test JVM, all under one root that is removed when the JVM exits. A
 * folder made with {@code Files.createTempDirectory(prefix)} stays in the system's temporary folder
 * for good: CI runs the suite on the same machine again and again, and twenty runs had left about
 * 600 MiB of reports, stores, browser profiles and Spark scratch there.
 */
public final class TempDirs {
  private static Path root;

  private TempDirs() {}

  /** A new, empty folder whose name starts with {@code prefix}, removed when the JVM exits. */
  public static Path create(String prefix) throws IOException {
    return Files.createTempDirectory(root(), prefix);
  }

  /** The root of this JVM's temporary folders. */
  static synchronized Path root() throws IOException {
    if (root == null) {
      Path r = Files.createTempDirectory("govscore-tests-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> Fixtures.deleteQuietly(r)));
      root = r;
    }
    return root;
  }
}
