package org.govscore.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import org.govscore.base.GovscoreException;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.junit.jupiter.api.Test;

/** Both languages have every text; values, N/A and times are formatted per language and zone. */
class TextTest {
  static final Locale ZH = Locale.forLanguageTag("zh-CN");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static Properties bundle(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = TextTest.class.getResourceAsStream("/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws Exception {
    Properties zh = bundle("messages_zh_CN.properties");
    Properties en = bundle("messages_en.properties");
    assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
  }

  @Test
  void missingValuesAreNeverZero() {
    Formats zh = new Formats(Messages.of(ZH), SHANGHAI);
    Formats en = new Formats(Messages.of(Locale.ENGLISH), SHANGHAI);
    assertEquals("无数据", zh.percent(null));
    assertEquals("N/A", en.percent(null));
    assertEquals("数据不足", zh.composite(null));
    assertEquals("Insufficient data", en.composite(null));
    assertEquals("N/A", en.number(null));
    assertEquals("N/A", en.interval(null, 3));
  }

  @Test
  void numbersFollowTheLanguage() {
    Formats zh = new Formats(Messages.of(ZH), SHANGHAI);
    Formats en = new Formats(Messages.of(Locale.ENGLISH), SHANGHAI);
    assertEquals("87.5%", en.percent(0.875));
    assertEquals("16.7%", zh.percent(1 / 6.0));
    assertEquals("71.88", en.composite(71.875));
    assertEquals("1,234.50", en.composite(1234.5));
    assertEquals("+4.25", en.compositeChange(4.25));
    assertEquals("-42.86", en.compositeChange(-42.857142857));
    assertEquals("-50.0 pp", en.pointsChange(-0.5));
    assertEquals("-50.0 个百分点", zh.pointsChange(-0.5));
    assertEquals("2.6667", en.number(2.6666666666666665));
    assertEquals("3", en.number(3.0));
    assertEquals("1,000 ms", en.millis(1000.0));
    assertEquals("[1, 3]", en.interval(1, 3));
  }

  @Test
  void timesAreShownInTheJobZone() {
    Instant t = Instant.parse("2026-11-26T18:15:33Z");
    assertEquals("2026年11月27日 02:15", new Formats(Messages.of(ZH), SHANGHAI).dateTime(t));
    assertEquals(
        "26 Nov 2026 13:15",
        new Formats(Messages.of(Locale.ENGLISH), ZoneId.of("America/New_York")).dateTime(t));
  }

  @Test
  void onlySupportedLanguagesAreAccepted() {
    assertEquals(ZH, Messages.parseLanguage("zh-CN"));
    assertEquals(Locale.forLanguageTag("en"), Messages.parseLanguage("en"));
    GovscoreException e = assertThrows(GovscoreException.class, () -> Messages.parseLanguage("fr"));
    assertEquals(GovscoreException.Kind.USAGE, e.kind());
  }
}
