package org.govscore.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Users get docs/data-contract.md, docs/methodology.md and README.md, not the specification files
 * the project was built from: code, templates, launchers and the README point to what ships.
 */
class DocumentReferencesTest {
  private static final Pattern SPEC_FILE =
      Pattern.compile("\\b(DATA-CONTRACT|METHODOLOGY|PRODUCT|CHANGES)\\.md\\b");

  @Test
  void nothingShippedNamesASpecificationFile() throws IOException {
    List<String> found = new ArrayList<>();
    for (String root : List.of("src/main", "report-templates", "jobs", "docs", "README.md")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        files.filter(Files::isRegularFile).forEach(f -> scan(f, found));
      }
    }
    assertEquals(List.of(), found);
  }

  private static void scan(Path file, List<String> found) {
    String name = file.getFileName().toString();
    if (!(name.endsWith(".java")
        || name.endsWith(".md")
        || name.endsWith(".ftlh")
        || name.endsWith(".properties")
        || name.endsWith(".yaml")
        || !name.contains("."))) {
      return;
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (SPEC_FILE.matcher(lines.get(i)).find()) {
          found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    } catch (java.nio.charset.MalformedInputException e) {
      // binary file without an extension (none expected): nothing to read
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
