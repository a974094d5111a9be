package org.govscore.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.govscore.contract.DatasetKind;
import org.govscore.input.InputEntry;

/** Path, size and SHA-256 of every input file, so a published ranking traces to its evidence. */
final class InputFingerprints {
  private InputFingerprints() {}

  static Map<String, Object> of(Map<DatasetKind, InputEntry> entries, Configuration conf)
      throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<DatasetKind, InputEntry> e : entries.entrySet()) {
      InputEntry entry = e.getValue();
      List<Map<String, Object>> files = new ArrayList<>();
      MessageDigest combined = sha256();
      for (InputEntry.InputFile f : entry.files()) {
        String hash = hash(new Path(f.path()), conf);
        combined.update(hash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", f.path());
        file.put("size", f.size());
        file.put("sha256", hash);
        files.add(file);
      }
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("path", entry.path());
      d.put("format", entry.format().name());
      d.put("size", entry.size());
      d.put("sha256", HexFormat.of().formatHex(combined.digest()));
      d.put("files", files);
      out.put(e.getKey().datasetName(), d);
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
