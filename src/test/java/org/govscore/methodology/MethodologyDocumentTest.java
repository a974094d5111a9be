package org.govscore.methodology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/methodology.md is what the registry, the parameter defaults and README's methodology choices
 * generate: editing one without regenerating fails here, with the command that fixes it.
 */
class MethodologyDocumentTest {
  private static final String CHOICES_HEADING =
      "## Methodology choices where the specification is silent";

  static String readmeChoices() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(CHOICES_HEADING);
    assertTrue(start >= 0, "README.md has no section '" + CHOICES_HEADING + "'");
    int body = start + CHOICES_HEADING.length();
    int end = readme.indexOf("\n## ", body);
    return readme.substring(body, end < 0 ? readme.length() : end);
  }

  @Test
  void theCommittedDocumentIsWhatTheRegistryGenerates() throws IOException {
    String generated = MethodologyDocument.markdown(readmeChoices());
    Path file = Path.of(MethodologyDocument.PATH);
    if (Boolean.getBoolean("methodology.regenerate")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertEquals(
        generated,
        committed,
        MethodologyDocument.PATH
            + " differs from the methodology registry; regenerate it with: "
            + MethodologyDocument.REGENERATE);
  }

  @Test
  void theDocumentListsEveryIndicatorCheckAndParameterWithItsDefault() throws IOException {
    String md = MethodologyDocument.markdown("- a choice");
    for (IndicatorEntry i : MethodologyRegistry.indicators()) {
      assertTrue(md.contains("| `" + i.id() + "` | " + i.name().en() + " | "), i.id());
    }
    for (CheckEntry c : MethodologyRegistry.checks()) {
      assertTrue(md.contains("| `" + c.id() + "` | " + c.name().en() + " | "), c.id());
    }
    assertTrue(md.contains("| `credit.no_demand` | `0.5` | "), "a parameter with its default");
    assertTrue(md.contains("| `weights.SIR` | `0.25` | "), "a v1 weight with its default");
    assertTrue(
        md.contains("| `composite.normalization` | `NONE` | NONE, MIN_MAX, TARGET, Z_SCORE: "),
        "the normalization options");
    assertTrue(md.contains("| `LOW` | Low | 低 | below `grades.medium` (65) |"), "the lowest grade");
    assertTrue(md.endsWith("## Choices where the specification is silent\n\n- a choice\n"));
  }
}
