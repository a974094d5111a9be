package org.govscore.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local file system, except that it freezes the whole JVM's progress at one chosen file
 * operation, so that a test can SIGKILL a child govscore process at an exact point of a store write
 * (the swap of a period takes milliseconds; polling alone cannot hit it reliably).
 *
 * <p>It is plugged in from outside, as any Hadoop file system is, by the child's {@code --conf
 * spark.hadoop.fs.file.impl=...}: the product code is unchanged. Settings (Spark passes {@code
 * spark.hadoop.*} to the Hadoop configuration): {@value #OP} ({@code create}, {@code rename} or
 * {@code delete}) and {@value #PATH} (a regular expression the whole path of the created, renamed
 * (source) or deleted file must match). Before performing the first matching operation the calling
 * thread writes {@value #SIGNAL} (a file naming the operation) and blocks for good; the operation
 * never happens.
 */
public class FreezingFileSystem extends LocalFileSystem {
  static final String OP = "govscore.freeze.op";
  static final String PATH = "govscore.freeze.path";
  static final String SIGNAL = "govscore.freeze.signal";

  @Override
  public FSDataOutputStream create(
      Path f,
      FsPermission permission,
      boolean overwrite,
      int bufferSize,
      short replication,
      long blockSize,
      Progressable progress)
      throws IOException {
    freezeAt("create", f, null);
    return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
  }

  @Override
  public boolean rename(Path src, Path dst) throws IOException {
    freezeAt("rename", src, dst);
    return super.rename(src, dst);
  }

  @Override
  public boolean delete(Path f, boolean recursive) throws IOException {
    freezeAt("delete", f, null);
    return super.delete(f, recursive);
  }

  private void freezeAt(String op, Path path, Path to) throws IOException {
    Configuration conf = getConf();
    if (conf == null
        || !op.equals(conf.get(OP))
        || conf.get(PATH) == null
        || conf.get(SIGNAL) == null) {
      return;
    }
    String p = makeQualified(path).toUri().getPath();
    if (!Pattern.matches(conf.get(PATH), p)) {
      return;
    }
    java.nio.file.Path signal = java.nio.file.Path.of(conf.get(SIGNAL));
    java.nio.file.Path tmp = signal.resolveSibling(signal.getFileName() + ".tmp");
    String what =
        op + " " + p + (to == null ? "" : " -> " + makeQualified(to).toUri().getPath()) + "\n";
    Files.writeString(tmp, what, StandardCharsets.UTF_8);
    Files.move(tmp, signal, StandardCopyOption.ATOMIC_MOVE);
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        // frozen means frozen: only SIGKILL ends this
      }
    }
  }
}
