package org.govscore.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Looks for planted personal identifiers in every file under some folders, in every form a file can
 * hide them in:
 *
 * <ul>
 *   <li>every file's raw bytes (as Latin-1, so any byte sequence matches; the identifiers are ASCII
 *       and so are their UTF-8 bytes);
 *   <li>Parquet files: every row read back with Spark (pages are compressed, so bytes alone miss
 *       values) and scanned as text;
 *   <li>PDF files: the text PDFBox extracts (content streams are compressed);
 *   <li>.gz files decompressed, .zip entries opened.
 * </ul>
 *
 * <p>Partial forms: an identifier counts as leaked if any {@value #WINDOW}-character run of it
 * occurs anywhere, ignoring case. That catches the whole value, a lower-case {@code x} check digit,
 * the 17 characters before the check digit, the region+birth-date prefix (first 14 digits) and any
 * cut of an excerpt or log line that keeps 12 characters of it. It does not catch a value masked in
 * the middle (e.g. {@code 320102********4617}) keeping at most 11 consecutive characters: the
 * product masks with {@code ***} whole, so no such form is expected. Values shorter than {@value
 * #WINDOW} characters are looked for whole.
 */
final class LeakScanner {
  static final int WINDOW = 12;

  /** A needle found: the file, how it was read, the planted value and the run that matched. */
  record Hit(Path file, String how, String value, String needle) {
    @Override
    public String toString() {
      return file + " (" + how + "): " + needle + " of " + value;
    }
  }

  private final Map<String, String> needles =
      new LinkedHashMap<>(); // lower-case run -> planted value
  private final SparkSession spark;
  private final List<Path> parquetRead = new ArrayList<>();
  private final List<Path> pdfRead = new ArrayList<>();

  LeakScanner(Iterable<String> planted, SparkSession spark) {
    this.spark = spark;
    for (String v : planted) {
      String lower = v.toLowerCase(Locale.ROOT);
      if (lower.length() <= WINDOW) {
        needles.putIfAbsent(lower, v);
      } else {
        for (int i = 0; i + WINDOW <= lower.length(); i++) {
          needles.putIfAbsent(lower.substring(i, i + WINDOW), v);
        }
      }
    }
  }

  List<Path> parquetRead() {
    return parquetRead;
  }

  List<Path> pdfRead() {
    return pdfRead;
  }

  /** Every hit in every regular file under the roots. */
  List<Hit> scanTrees(List<Path> roots) throws IOException {
    List<Hit> hits = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
          hits.addAll(scanFile(f));
        }
      }
    }
    return hits;
  }

  List<Hit> scanFile(Path f) throws IOException {
    List<Hit> hits = new ArrayList<>();
    byte[] bytes = Files.readAllBytes(f);
    String name = f.getFileName().toString();
    hits.addAll(scanText(f, "bytes", new String(bytes, StandardCharsets.ISO_8859_1)));
    if (name.endsWith(".parquet")) {
      StringBuilder values = new StringBuilder();
      for (Row r : spark.read().parquet(f.toString()).collectAsList()) {
        values
            .append(r.toString())
            .append('\n'); // nested arrays and structs print their values too
      }
      parquetRead.add(f);
      hits.addAll(scanText(f, "parquet values", values.toString()));
    } else if (name.endsWith(".pdf")) {
      hits.addAll(scanText(f, "pdf text", pdfText(f)));
      pdfRead.add(f);
    } else if (name.endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        hits.addAll(
            scanText(f, "gunzipped", new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)));
      }
    } else if (name.endsWith(".zip")) {
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(f))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          ByteArrayOutputStream b = new ByteArrayOutputStream();
          in.transferTo(b);
          hits.addAll(
              scanText(
                  f,
                  "zip entry " + e.getName() + " (name and bytes)",
                  e.getName() + "\n" + b.toString(StandardCharsets.ISO_8859_1)));
        }
      }
    }
    // A file's own name can leak too (a code turned into a file name).
    hits.addAll(scanText(f, "file name", f.toString()));
    return hits;
  }

  static String pdfText(Path f) throws IOException {
    try (PDDocument doc = Loader.loadPDF(f.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Hits of the needles in one text, at most one per planted value and reading. */
  List<Hit> scanText(Path file, String how, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Set<String> seen = new LinkedHashSet<>();
    List<Hit> hits = new ArrayList<>();
    for (Map.Entry<String, String> n : needles.entrySet()) {
      if (!seen.contains(n.getValue()) && lower.contains(n.getKey())) {
        seen.add(n.getValue());
        hits.add(new Hit(file, how, n.getValue(), n.getKey()));
      }
    }
    return hits;
  }
}
