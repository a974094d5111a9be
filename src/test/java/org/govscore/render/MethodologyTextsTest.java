package org.govscore.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govscore.methodology.MethodologyRegistry;
import org.govscore.metrics.Check;
import org.govscore.metrics.Methodology;
import org.govscore.render.text.Messages;
import org.govscore.render.text.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * Every indicator and check the engine publishes has its name and definition in both languages
 * (from the methodology registry): a new id without its texts would show as a bare code in the
 * report and on the site.
 */
class MethodologyTextsTest {
  private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  @Test
  void everyIndicatorHasANameAndADefinitionInBothLanguages() {
    List<String> missing = new ArrayList<>();
    for (Locale language : LANGUAGES) {
      Vocabulary words = new Vocabulary(Messages.of(language));
      for (String id : Methodology.INDICATOR_IDS) {
        if (words.indicator(id).equals(id) || words.indicator(id).isBlank()) {
          missing.add(language + " " + id + " name");
        }
        if (words.indicatorDefinition(id).isBlank()) {
          missing.add(language + " " + id + " definition");
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
      Vocabulary words = new Vocabulary(Messages.of(language));
      for (Check c : checks) {
        if (words.check(c.id()).equals(c.id()) || words.check(c.id()).isBlank()) {
          missing.add(language + " " + c.id() + " name");
        }
        if (words.checkRule(c.id()).isBlank()) {
          missing.add(language + " " + c.id() + " rule");
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void eachLanguageGetsItsOwnText() {
    assertEquals("好评率", new Vocabulary(Messages.of(Locale.SIMPLIFIED_CHINESE)).indicator("SAT"));
    assertEquals("Satisfaction rate", new Vocabulary(Messages.of(Locale.ENGLISH)).indicator("SAT"));
    assertEquals(
        "Over the government extranet",
        new Vocabulary(Messages.of(Locale.ENGLISH)).check("EX_EXTRANET"));
    assertEquals("非常高", new Vocabulary(Messages.of(Locale.SIMPLIFIED_CHINESE)).grade("VERY_HIGH"));
    assertEquals(
        "Credit of an item or resource without demand",
        new Vocabulary(Messages.of(Locale.ENGLISH)).parameter("credit.no_demand"));
  }

  @Test
  void anIdWithoutTextsIsFound() {
    // The lookups the two tests rely on do tell a missing id from a present one: an unknown id
    // shows as itself, with no definition.
    Vocabulary en = new Vocabulary(Messages.of(Locale.ENGLISH));
    assertEquals("NO_SUCH_ID", en.indicator("NO_SUCH_ID"));
    assertEquals("", en.indicatorDefinition("NO_SUCH_ID"));
    assertEquals("EX_NONE", en.check("EX_NONE"));
    assertEquals(true, MethodologyRegistry.findIndicator("SAT").isPresent());
  }

  @Test
  void theMessagesNoLongerCarryMethodologyTexts() {
    // One place per text: the registry, not the bundle as well.
    for (Locale language : LANGUAGES) {
      Messages m = Messages.of(language);
      assertEquals(false, m.has("indicator.SIR.name"), language.toString());
      assertEquals(false, m.has("check.EX_EXTRANET.rule"), language.toString());
      assertEquals(false, m.has("grade.LOW"), language.toString());
      assertEquals(false, m.has("param.credit.no_demand"), language.toString());
      assertEquals(true, m.has("indicator.external.definition"), language.toString());
    }
  }
}
