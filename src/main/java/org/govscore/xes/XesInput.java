package org.govscore.xes;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A log file's bytes, decompressed when they are gzip data whatever the file is called. It
 * remembers the first read failure: the XML parser reports a truncated gzip stream only as a
 * "premature end of file", which would send the user looking for an XML error that is not there.
 */
final class XesInput extends FilterInputStream {
  private static final int BUFFER = 1 << 16;

  private IOException failure;

  private XesInput(InputStream in) {
    super(in);
  }

  /** Gzip is told by its magic bytes (1f 8b): logs are often renamed or saved without .gz. */
  static XesInput open(Path file) throws IOException {
    BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    try {
      boolean gzip = isGzip(raw);
      InputStream in =
          gzip ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER) : raw;
      return new XesInput(in);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  private static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    return b0 == 0x1f && b1 == 0x8b;
  }

  /** The first exception a read threw, or null. */
  IOException failure() {
    return failure;
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return super.read(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
