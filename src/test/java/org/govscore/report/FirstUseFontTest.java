package org.govscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.govscore.testing.GovscoreProcess;
import org.govscore.testing.TempDirs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The launcher's first-use path on a machine without Chinese fonts (issue 14): fontconfig is
 * pointed at an empty font folder, so neither {@code fc-list} nor Java sees any font. Then {@code
 * report} fails with advice and no stack trace; {@code jobs/lib/cjk-font} (what {@code
 * jobs/govscore} runs before demo and report) says what it installs and calls apt-get, here a
 * stand-in that puts the package's font file where the empty fontconfig looks, as the real package
 * does for the real fontconfig; after that the same report renders with Chinese glyphs in charts
 * and PDF. A failing apt-get gives a clear message and exit 1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstUseFontTest {
  /** What Debian's fonts-wqy-microhei installs; CI's jobs/setup has put it on this machine. */
  static final Path PACKAGE_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

  Path root;
  Path fonts;
  Path bin;
  Map<String, String> env;

  @BeforeAll
  void emptyFontconfig() throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(PACKAGE_FONT), "fonts-wqy-microhei is installed by jobs/setup");
    root = TempDirs.create("govscore-first-use");
    fonts = Files.createDirectories(root.resolve("fonts"));
    Path conf = root.resolve("fonts.conf");
    Files.writeString(
        conf,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig><dir>"
            + fonts
            + "</dir><cachedir>"
            + root.resolve("fc-cache")
            + "</cachedir></fontconfig>\n");
    bin = Files.createDirectories(root.resolve("bin"));
    env = new HashMap<>();
    env.put("FONTCONFIG_FILE", conf.toString());
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("TMPDIR", root.toString());
    // Java keeps what fontconfig listed in ~/.java/fonts and trusts it while the config files are
    // unchanged; a fresh home makes the child ask fontconfig, as on a fresh machine.
    env.put("JAVA_TOOL_OPTIONS", "-Duser.home=" + Files.createDirectories(root.resolve("home")));
    env.remove("GOVSCORE_CJK_FONT");
  }

  /**
   * apt-get as the launcher calls it: logs its arguments, and on install does what the package
   * does.
   */
  private void standInAptGet(boolean succeeds) throws IOException {
    Path apt = bin.resolve("apt-get");
    Files.writeString(
        apt,
        "#!/usr/bin/env bash\n"
            + "echo \"$*\" >> "
            + root.resolve("apt.log")
            + "\n"
            + (succeeds
                ? "case \" $* \" in *\" install \"*) cp "
                    + PACKAGE_FONT
                    + " "
                    + fonts
                    + "/ ;; esac\nexit 0\n"
                : "echo 'E: Unable to locate package fonts-wqy-microhei' >&2\nexit 100\n"));
    Files.setPosixFilePermissions(apt, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private ProcessResult fontStep() throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder("bash", Path.of("jobs/lib/cjk-font").toAbsolutePath().toString())
            .redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().remove("GOVSCORE_CJK_FONT");
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "jobs/lib/cjk-font finishes");
    return new ProcessResult(
        p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  record ProcessResult(int exit, String output) {}

  private ProcessResult report(Path out) throws Exception {
    Path log = root.resolve("report-" + out.getFileName() + ".log");
    try (GovscoreProcess p =
        GovscoreProcess.start(
            root,
            log,
            root.resolve("spark.log"),
            List.of(
                "report",
                "--results",
                ReportFixture.results().toString(),
                "--period",
                "2026-Q3",
                "--out",
                out.toString(),
                "--quiet"),
            env)) {
      int exit = p.waitFor(Duration.ofMinutes(4));
      return new ProcessResult(exit, p.output());
    }
  }

  @Test
  void firstUseInstallsAFontThenTheReportShowsChinese() throws Exception {
    // No font at all: the report refuses with advice, not a stack trace.
    Files.deleteIfExists(fonts.resolve(PACKAGE_FONT.getFileName()));
    ProcessResult before = report(root.resolve("before"));
    assertEquals(1, before.exit(), before.output());
    assertTrue(before.output().contains("No installed font can display Chinese"), before.output());
    assertTrue(before.output().contains("apt-get install fonts-wqy-microhei"), before.output());
    assertFalse(before.output().contains("\tat "), "no stack trace: " + before.output());

    standInAptGet(true);
    ProcessResult step = fontStep();
    assertEquals(0, step.exit(), step.output());
    assertTrue(
        step.output()
            .contains(
                "installing a font that shows Chinese for charts and PDF"
                    + " (apt-get install fontconfig fonts-wqy-microhei)"),
        step.output());
    String apt = Files.readString(root.resolve("apt.log"));
    assertTrue(
        apt.contains("install -y -qq --no-install-recommends fontconfig fonts-wqy-microhei"), apt);

    // Present now: a second run is quick and installs nothing.
    Files.delete(root.resolve("apt.log"));
    assertEquals(new ProcessResult(0, ""), fontStep());
    assertFalse(Files.exists(root.resolve("apt.log")));

    ProcessResult after = report(root.resolve("after"));
    assertEquals(0, after.exit(), after.output());
    for (String lang : List.of("zh-CN", "en")) {
      Path pdf = root.resolve("after").resolve(lang).resolve("report.pdf");
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        assertTrue(
            embeddedFonts(doc).stream().anyMatch(f -> f.contains("WenQuanYi")),
            lang + " PDF embeds the installed font: " + embeddedFonts(doc));
      }
    }
  }

  @Test
  void aFailedInstallSaysWhatToDo() throws Exception {
    Files.deleteIfExists(fonts.resolve(PACKAGE_FONT.getFileName()));
    standInAptGet(false);
    ProcessResult step = fontStep();
    assertEquals(1, step.exit(), step.output());
    assertTrue(
        step.output()
            .contains(
                "govscore: installing fontconfig fonts-wqy-microhei with apt-get failed (see "),
        step.output());
    assertTrue(
        step.output()
            .contains("or set GOVSCORE_CJK_FONT to a TrueType font file with Chinese glyphs"),
        step.output());
  }

  private static List<String> embeddedFonts(PDDocument doc) throws IOException {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (PDPage page : doc.getPages()) {
      for (COSName n : page.getResources().getFontNames()) {
        names.add(page.getResources().getFont(n).getName());
      }
    }
    return List.copyOf(names);
  }
}
