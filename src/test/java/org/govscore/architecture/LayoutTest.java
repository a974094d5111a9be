package org.govscore.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's layout table names exactly the packages there are, each with its package-info. */
class LayoutTest {
  private static final Path MAIN = Path.of("src/main/java/org/govscore");
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z.()]+)` \\|");

  @Test
  void readmeTableListsEveryPackageAndNoOther() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String layout = readme.substring(readme.indexOf("## Layout"));
    Set<String> listed = new TreeSet<>();
    Matcher m = ROW.matcher(layout);
    while (m.find()) {
      listed.add(m.group(1));
    }
    assertEquals(packages(), listed, "README.md ## Layout table versus src/main/java packages");
  }

  @Test
  void everyPackageSaysWhatItOwns() throws IOException {
    for (String p : packages()) {
      Path dir = "(root)".equals(p) ? MAIN : MAIN.resolve(p.replace('.', '/'));
      Path info = dir.resolve("package-info.java");
      assertTrue(Files.exists(info), "missing " + info);
      assertTrue(
          Files.readString(info, StandardCharsets.UTF_8).contains("May use:"),
          info + " must say what the package may use");
    }
  }

  private static Set<String> packages() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      dirs.filter(Files::isDirectory)
          .filter(LayoutTest::holdsJava)
          .forEach(
              d -> {
                String rel = MAIN.relativize(d).toString().replace('/', '.');
                names.add(rel.isEmpty() ? "(root)" : rel);
              });
    }
    return names;
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
