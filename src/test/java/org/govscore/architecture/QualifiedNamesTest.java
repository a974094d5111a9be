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
 * Code names types by import, not inline (java.util.Locale.ROOT in the middle of a statement hides
 * a dependency from the imports a reader scans first). Comments and string literals may name them.
 */
class QualifiedNamesTest {
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "(?<![\\w.])(?:java|javax|org|com|scala|freemarker|picocli)\\.[a-z]\\w*(?:\\.[a-z]\\w*)*\\.[A-Z]");
  private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

  @Test
  void mainCodeImportsWhatItUses() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> scan(f, found));
    }
    assertEquals(List.of(), found);
  }

  static List<String> qualifiedUses(List<String> lines) {
    List<String> found = new ArrayList<>();
    boolean inComment = false;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      if (inComment) {
        inComment = !t.contains("*/");
        continue;
      }
      if (t.startsWith("/*")) {
        inComment = !t.contains("*/");
        continue;
      }
      if (t.startsWith("import ")
          || t.startsWith("package ")
          || t.startsWith("//")
          || t.startsWith("*")) {
        continue;
      }
      String code = STRING.matcher(t).replaceAll("\"\"");
      int comment = code.indexOf("//");
      if (comment >= 0) {
        code = code.substring(0, comment);
      }
      if (QUALIFIED.matcher(code).find()) {
        found.add((i + 1) + ": " + t);
      }
    }
    return found;
  }

  @Test
  void theScanFindsAnInlineNameAndSkipsCommentsAndStrings() {
    assertEquals(
        List.of("3: var x = java.util.Locale.ROOT;"),
        qualifiedUses(
            List.of(
                "import java.util.List;",
                "/** see java.util.Locale */",
                "var x = java.util.Locale.ROOT;",
                "String s = \"org.govscore.Main\"; // java.util.Map")));
  }

  private static void scan(Path file, List<String> found) {
    try {
      for (String hit : qualifiedUses(Files.readAllLines(file, StandardCharsets.UTF_8))) {
        found.add(file + ":" + hit);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
