package org.govscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.govscore.render.Templates;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The main templates rendered from fixed models in a fixed language and zone, compared with the
 * checked-in pages under src/test/resources/golden/report/. After an intended change, regenerate
 * them with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenPagesTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/report");
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static Templates templates(String lang) {
    Messages messages = Messages.of(Locale.forLanguageTag(lang));
    return new Templates(messages, new Formats(messages, ZONE));
  }

  private static void assertGolden(String file, String actual) throws Exception {
    Path expected = GOLDEN.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.exists(expected), "no golden file " + expected + "; run with -Dgolden.update=true");
    assertEquals(
        Files.readString(expected, StandardCharsets.UTF_8), actual, "differs from " + expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void indexPage(String lang) throws Exception {
    String html = templates(lang).render("report/index.ftlh", SampleModels.index(lang));
    assertGolden("index." + lang + ".html", html);
    assertFalse(html.contains("<b>bold</b>"), "summary text is text, not markup");
    assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void unitPage(String lang) throws Exception {
    String html = templates(lang).render("report/unit.ftlh", SampleModels.unit(lang));
    assertGolden("unit." + lang + ".html", html);
    assertTrue(html.contains("EX_SUBJECT_ID &lt;x&gt;"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void groupPageListsEveryUnit(String lang) throws Exception {
    String html =
        templates(lang)
            .render(
                "report/group.ftlh",
                new org.govscore.report.model.Pages.GroupPage(
                    SampleModels.meta(lang), SampleModels.group()));
    assertTrue(html.contains("href=\"dept-D1.html\""));
    assertTrue(html.contains("href=\"dept-______x-1a2b3c4d.html\""));
    assertFalse(html.contains("<script>alert"), "names are escaped");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;局&quot;"));
  }
}
