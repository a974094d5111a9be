package org.govscore.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govscore.metrics.Check;
import org.govscore.metrics.Methodology;
import org.govscore.render.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every indicator and check the engine publishes has its name and definition in both languages: a
 * new id without its texts would show as a bare code in the report and on the site.
 */
class MethodologyTextsTest {
  private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  @Test
  void everyIndicatorHasANameAndADefinitionInBothLanguages() {
    List<String> missing = new ArrayList<>();
    for (Locale language : LANGUAGES) {
      Messages m = Messages.of(language);
      for (String id : Methodology.INDICATOR_IDS) {
        for (String key : List.of("indicator." + id + ".name", "indicator." + id + ".definition")) {
          if (!m.has(key) || m.getOr(key, "").isBlank()) {
            missing.add(language + " " + key);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyCheckHasANameAndARuleInBothLanguages() {
    List<String> missing = new ArrayList<>();
    List<Check> checks = new Methodology().checks();
    assertEquals(10, checks.size(), "the v1 checks");
    for (Locale language : LANGUAGES) {
      Messages m = Messages.of(language);
      for (Check c : checks) {
        for (String key : List.of("check." + c.id() + ".name", "check." + c.id() + ".rule")) {
          if (!m.has(key) || m.getOr(key, "").isBlank()) {
            missing.add(language + " " + key);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void anIdWithoutTextsIsFound() {
    // The lookup the two tests rely on does tell a missing key from a present one.
    Messages en = Messages.of(Locale.ENGLISH);
    assertEquals(false, en.has("indicator.NO_SUCH_ID.name"));
    assertEquals(true, en.has("indicator.SAT.name"));
  }
}
