package org.govscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govscore.render.charts.ChartStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG AA for every text the report draws: each text colour of a stylesheet against each background
 * text can sit on (white and every light background the sheet sets), white on each grade and
 * quadrant chip, the masthead, and every chart colour (also drawn as legend and label text) against
 * the chart's white background: all at least 4.5:1.
 */
class ContrastTest {
  static final double AA = 4.5;
  static final Path ASSETS = Path.of("report-templates/assets");
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");

  /** WCAG 2 relative luminance. */
  static double luminance(Color c) {
    double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
    for (int i = 0; i < 3; i++) {
      rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }

  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static Color parse(String hex) {
    String h = hex.trim().toLowerCase(Locale.ROOT).replace("#", "");
    if (h.length() == 3) {
      h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
    }
    return new Color(Integer.parseInt(h, 16));
  }

  @Test
  void theFormulaMatchesWcagReferenceValues() {
    assertEquals(21.0, contrast(Color.BLACK, Color.WHITE), 1e-9);
    assertEquals(1.0, contrast(Color.WHITE, Color.WHITE), 1e-9);
    // The failures the issue measured: white on the old chips of HIGH and MEDIUM.
    assertEquals(3.16, contrast(Color.WHITE, parse("#54a24b")), 0.01);
    assertEquals(3.63, contrast(Color.WHITE, parse("#b07d00")), 0.01);
  }

  /** A rule: its selector and its colour declarations, with var(--x) resolved. */
  record Rule(String selector, String color, String background) {}

  static List<Rule> rules(String css) {
    css = css.replaceAll("(?s)/\\*.*?\\*/", "");
    Map<String, String> vars = new LinkedHashMap<>();
    Matcher v = Pattern.compile("(--[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{3,6})").matcher(css);
    while (v.find()) {
      vars.put(v.group(1), v.group(2));
    }
    List<Rule> out = new ArrayList<>();
    Matcher m = RULE.matcher(css);
    while (m.find()) {
      String color = null;
      String background = null;
      for (String decl : m.group(2).split(";")) {
        int colon = decl.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String key = decl.substring(0, colon).trim();
        String value = decl.substring(colon + 1).trim();
        Matcher var = Pattern.compile("var\\((--[a-z-]+)\\)").matcher(value);
        if (var.matches()) {
          value = vars.get(var.group(1));
        }
        if (value == null || !value.matches("#[0-9a-fA-F]{3,6}")) {
          continue;
        }
        if (key.equals("color")) {
          color = value;
        } else if (key.equals("background") || key.equals("background-color")) {
          background = value;
        }
      }
      if (color != null || background != null) {
        out.add(new Rule(m.group(1).trim(), color, background));
      }
    }
    return out;
  }

  /** Coloured backgrounds that hold the chips' (white) text: grades, quadrants, rating levels. */
  private static boolean chip(String selector) {
    return selector.startsWith(".grade")
        || selector.startsWith(".quadrant")
        || selector.matches("\\.level-[1-5]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"report.css", "print.css"})
  void everyTextAndBackgroundPairReachesAa(String sheet) throws Exception {
    List<Rule> rules = rules(Files.readString(ASSETS.resolve(sheet)));
    Set<String> texts = new LinkedHashSet<>();
    Set<String> lights = new LinkedHashSet<>(List.of("#ffffff"));
    String chipText = null;
    List<String> problems = new ArrayList<>();
    for (Rule r : rules) {
      if (r.selector().startsWith(".masthead")) {
        // White on the dark masthead: its own pair.
        continue;
      }
      if (chip(r.selector())) {
        chipText = r.color() != null ? r.color() : chipText;
        continue;
      }
      if (r.color() != null) {
        texts.add(r.color());
      }
      if (r.background() != null) {
        lights.add(r.background());
      }
    }
    assertFalse(texts.isEmpty());
    for (String t : texts) {
      for (String b : lights) {
        double c = contrast(parse(t), parse(b));
        if (c < AA) {
          problems.add(t + " on " + b + ": " + String.format(Locale.ROOT, "%.2f", c));
        }
      }
    }
    assertTrue(chipText != null, "the chips set their text colour");
    int chips = 0;
    for (Rule r : rules) {
      if (chip(r.selector()) && r.background() != null) {
        chips++;
        double c = contrast(parse(chipText), parse(r.background()));
        if (c < AA) {
          problems.add(
              r.selector()
                  + ": "
                  + chipText
                  + " on "
                  + r.background()
                  + ": "
                  + String.format(Locale.ROOT, "%.2f", c));
        }
      }
    }
    assertTrue(chips >= 9, "every grade and quadrant has a chip colour: " + chips);
    assertEquals(
        5,
        rules.stream()
            .filter(r -> r.selector().matches("\\.level-[1-5]") && r.background() != null)
            .count(),
        "a colour for each rating level");
    for (Rule r : rules) {
      if (r.selector().startsWith(".masthead") && r.color() != null) {
        assertTrue(contrast(parse(r.color()), parse("#24292f")) >= AA, r.selector());
      }
    }
    assertEquals(List.of(), problems, sheet);
  }

  @Test
  void everyChartColourReachesAaOnWhite() {
    List<Color> palette = new ArrayList<>(ChartStyle.GRADE_COLORS.values());
    palette.addAll(ChartStyle.QUADRANT_COLORS.values());
    palette.addAll(List.of(ChartStyle.SERIES));
    palette.add(ChartStyle.INK);
    for (Color c : palette) {
      assertTrue(
          contrast(c, Color.WHITE) >= AA,
          String.format("#%06x: %.2f", c.getRGB() & 0xffffff, contrast(c, Color.WHITE)));
    }
  }

  @Test
  void chipsUseTheChartColoursOfTheirGrade() throws Exception {
    // Pages and charts show a grade in one colour: the stylesheet's chip is the chart's colour.
    List<Rule> rules = rules(Files.readString(ASSETS.resolve("print.css")));
    for (Map.Entry<String, Color> g : ChartStyle.GRADE_COLORS.entrySet()) {
      if (g.getKey().equals("NONE")) {
        continue;
      }
      Rule r =
          rules.stream()
              .filter(x -> x.selector().equals(".grade-" + g.getKey()))
              .findFirst()
              .orElseThrow();
      assertEquals(g.getValue(), parse(r.background()), g.getKey());
    }
  }
}
