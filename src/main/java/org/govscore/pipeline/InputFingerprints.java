package org.govscore.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.govscore.contract.DatasetKind;
import org.govscore.input.InputEntry;
import org.govscore.store.Manifest;

/** Path, size and SHA-256 of every input file, so a published ranking traces to its evidence. */
final class InputFingerprints {
  private InputFingerprints() {}

  static List<Manifest.InputDataset> of(Map<DatasetKind, InputEntry> entries, Configuration conf)
      throws IOException {
    List<Manifest.InputDataset> out = new ArrayList<>();
    for (Map.Entry<DatasetKind, InputEntry> e : entries.entrySet()) {
      InputEntry entry = e.getValue();
      List<Manifest.InputFile> files = new ArrayList<>();
      MessageDigest combined = sha256();
      for (InputEntry.InputFile f : entry.files()) {
        String hash = hash(new Path(f.path()), conf);
        combined.update(hash.getBytes(StandardCharsets.UTF_8));
        files.add(new Manifest.InputFile(f.path(), f.size(), hash));
      }
      out.add(
          new Manifest.InputDataset(
              e.getKey().datasetName(),
              entry.path(),
              entry.format().name(),
              entry.size(),
              HexFormat.of().formatHex(combined.digest()),
              List.copyOf(files)));
    }
    return out;
  }

  private static String hash(Path p, Configuration conf) throws IOException {
    MessageDigest sha = sha256();
    FileSystem fs = p.getFileSystem(conf);
    byte[] buf = new byte[1 << 16];
    try (InputStream in = fs.open(p)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        sha.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
