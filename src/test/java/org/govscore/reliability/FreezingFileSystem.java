package org.govscore.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local file system, except that it holds a thread at chosen file operations, so that a test
 * can look at a child govscore process's store at exact points of a write, and SIGKILL it at the
 * last one (the swap of a period takes milliseconds; polling alone cannot hit it reliably).
 *
 * <p>It is plugged in from outside, as any Hadoop file system is, by the child's {@code --conf
 * spark.hadoop.fs.file.impl=...}: the product code is unchanged. Settings (Spark passes {@code
 * spark.hadoop.*} to the Hadoop configuration): {@value #OP} ({@code create}, {@code rename} or
 * {@code delete}), {@value #PATH}{@code .1}, {@code .2}, ... (regular expressions the whole path of
 * the created, renamed (source) or deleted file must match: the points, in the order the write
 * reaches them) and {@value #SIGNAL} (a file name). Before performing the first operation that
 * matches point n (once point n - 1 is passed), the calling thread writes {@link #reached} for n (a
 * file naming the operation) and waits until {@link #resume} for n exists; it then performs the
 * operation. At a point the test never resumes it waits for good: only SIGKILL ends it.
 */
public class FreezingFileSystem extends LocalFileSystem {
  static final String OP = "govscore.freeze.op";
  static final String PATH = "govscore.freeze.path";
  static final String SIGNAL = "govscore.freeze.signal";

  /**
   * Points passed in this JVM. Static: the child turns off Hadoop's cache of file systems, so that
   * every use gets a new instance with the settings (fs.file.impl.disable.cache).
   */
  private static final AtomicInteger PASSED = new AtomicInteger();

  /** The file a thread writes when it reaches point {@code n}. */
  static java.nio.file.Path reached(java.nio.file.Path signal, int n) {
    return signal.resolveSibling(signal.getFileName() + "." + n);
  }

  /** The file that lets a thread held at point {@code n} go on. */
  static java.nio.file.Path resume(java.nio.file.Path signal, int n) {
    return signal.resolveSibling(signal.getFileName() + "." + n + ".resume");
  }

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
    holdAt("create", f, null);
    return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
  }

  @Override
  public boolean rename(Path src, Path dst) throws IOException {
    holdAt("rename", src, dst);
    return super.rename(src, dst);
  }

  @Override
  public boolean delete(Path f, boolean recursive) throws IOException {
    holdAt("delete", f, null);
    return super.delete(f, recursive);
  }

  private void holdAt(String op, Path path, Path to) throws IOException {
    Configuration conf = getConf();
    if (conf == null || !op.equals(conf.get(OP)) || conf.get(SIGNAL) == null) {
      return;
    }
    int point = PASSED.get() + 1;
    String pattern = conf.get(PATH + "." + point);
    String p = makeQualified(path).toUri().getPath();
    if (pattern == null
        || !Pattern.matches(pattern, p)
        || !PASSED.compareAndSet(point - 1, point)) {
      return;
    }
    java.nio.file.Path signal = java.nio.file.Path.of(conf.get(SIGNAL));
    java.nio.file.Path reached = reached(signal, point);
    java.nio.file.Path tmp = reached.resolveSibling(reached.getFileName() + ".tmp");
    String what =
        op + " " + p + (to == null ? "" : " -> " + makeQualified(to).toUri().getPath()) + "\n";
    Files.writeString(tmp, what, StandardCharsets.UTF_8);
    Files.move(tmp, reached, StandardCopyOption.ATOMIC_MOVE);
    java.nio.file.Path resume = resume(signal, point);
    while (!Files.exists(resume)) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        // held means held: only the resume file or SIGKILL ends this
      }
    }
  }
}
