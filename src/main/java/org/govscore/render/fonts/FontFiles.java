package org.govscore.render.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Font files on this machine: the usual folders, the preferred CJK files first. */
final class FontFiles {
  /**
   * TrueType-outline CJK fonts of Debian packages, in order of preference (the PDF needs TrueType
   * outlines).
   */
  static final List<Path> KNOWN =
      List.of(
          Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), // fonts-wqy-microhei
          Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), // fonts-wqy-zenhei
          Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"), // fonts-arphic-uming
          Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"), // fonts-arphic-ukai
          Path.of(
              "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")); // fonts-droid-fallback

  private static final List<Path> FOLDERS =
      List.of(
          Path.of("/usr/share/fonts"),
          Path.of("/usr/local/share/fonts"),
          Path.of(System.getProperty("user.home", "/"), ".fonts"),
          Path.of(System.getProperty("user.home", "/"), ".local/share/fonts"),
          Path.of("/Library/Fonts"),
          Path.of("/System/Library/Fonts"),
          Path.of("C:/Windows/Fonts"));

  private FontFiles() {}

  /**
   * The override file (if any), the known files, then every other font file in the usual folders.
   */
  static List<Path> candidates() {
    List<Path> out = new ArrayList<>();
    String override = System.getProperty(CjkFonts.FONT_FILE_PROPERTY);
    if (override != null && !override.isBlank()) {
      out.add(Path.of(override));
    }
    KNOWN.stream().filter(Files::isRegularFile).forEach(out::add);
    for (Path folder : FOLDERS) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder, 6)) {
        files
            .filter(Files::isRegularFile)
            .filter(FontFiles::isFontFile)
            .sorted()
            .filter(p -> !out.contains(p))
            .forEach(out::add);
      } catch (IOException | RuntimeException e) {
        // an unreadable folder holds no usable font
      }
    }
    return out;
  }

  static boolean isFontFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".ttf")
        || name.endsWith(".ttc")
        || name.endsWith(".otf")
        || name.endsWith(".otc");
  }

  /** Every face of a font file as Java 2D fonts (a .ttc holds several), or none when unreadable. */
  static List<Font> awtFonts(Path file) {
    try {
      return List.of(Font.createFonts(file.toFile()));
    } catch (IOException | FontFormatException | RuntimeException e) {
      return List.of();
    }
  }
}
