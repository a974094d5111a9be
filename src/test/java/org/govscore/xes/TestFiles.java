package org.govscore.xes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** The hand-written logs in src/test/resources/xes and small file helpers. */
final class TestFiles {
  private TestFiles() {}

  static Path resource(String name) {
    URL url = TestFiles.class.getResource("/xes/" + name);
    if (url == null) {
      throw new IllegalArgumentException("No test resource xes/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<XesTrace> readAll(Path log) {
    List<XesTrace> traces = new ArrayList<>();
    XesLogReader.read(log, traces::add);
    return traces;
  }

  static Path gzip(Path source, Path target) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
      Files.copy(source, out);
    }
    return target;
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
