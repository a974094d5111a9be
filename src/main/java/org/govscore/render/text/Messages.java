package org.govscore.render.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.govscore.base.GovscoreException;
import org.govscore.methodology.Text;

/**
 * The texts of one language: the general wording of report and site from {@code
 * i18n/messages_<lang>.properties} (UTF-8), and the methodology's names and definitions from the
 * registry ({@link #text(Text)}). There is no fallback to the JVM's default language: a report in
 * English never shows a Chinese text, and a missing key is an error rather than a silent blank.
 */
public final class Messages {
  public static final String BUNDLE = "i18n.messages";

  /** The languages the report is written in, as BCP 47 tags. */
  public static final List<Locale> SUPPORTED =
      List.of(Locale.forLanguageTag("zh-CN"), Locale.forLanguageTag("en"));

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  public static Messages of(Locale locale) {
    try {
      return new Messages(
          locale,
          ResourceBundle.getBundle(
              BUNDLE,
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    } catch (MissingResourceException e) {
      throw new GovscoreException(
          "No texts for language " + locale.toLanguageTag() + "; supported: zh-CN, en");
    }
  }

  /** The supported locale for a tag such as {@code zh-CN} or {@code en}, or a usage error. */
  public static Locale parseLanguage(String tag) {
    for (Locale l : SUPPORTED) {
      if (l.toLanguageTag().equalsIgnoreCase(tag == null ? "" : tag.trim())) {
        return l;
      }
    }
    throw new GovscoreException(
        GovscoreException.Kind.USAGE, "Unsupported language '" + tag + "'; supported: zh-CN, en");
  }

  public Locale locale() {
    return locale;
  }

  /** The plain text of a key. */
  public String get(String key) {
    return bundle.getString(key);
  }

  /** True when the bundle has the key (optional texts, e.g. a description per parameter). */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text of {@code key} if present, else {@code fallback}. */
  public String getOr(String key, String fallback) {
    return has(key) ? get(key) : fallback;
  }

  /** A methodology registry text in this language. */
  public String text(Text text) {
    return text.in(locale);
  }

  /** A text with {0}, {1} ... filled in (java.text.MessageFormat, formatted for the locale). */
  public String format(String key, Object... args) {
    if (args.length == 0) {
      return get(key);
    }
    return new MessageFormat(get(key), locale).format(args);
  }
}
