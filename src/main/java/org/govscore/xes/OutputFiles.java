package org.govscore.xes;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The output folder of one import. Files are written under temporary names and renamed only when
 * every one of them is complete, so a failed import leaves no half-written dataset behind (and a
 * folder it created itself is removed again when it stays empty).
 */
final class OutputFiles implements AutoCloseable {
  private final Path dir;
  private final boolean createdDir;
  private final Map<Path, Path> tempToFinal = new LinkedHashMap<>();
  private boolean committed;

  private OutputFiles(Path dir, boolean createdDir) {
    this.dir = dir;
    this.createdDir = createdDir;
  }

  static OutputFiles in(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ImportException(dir + ": exists and is not a folder");
    }
    boolean created = !Files.exists(dir);
    Files.createDirectories(dir);
    return new OutputFiles(dir, created);
  }

  /**
   * A new temporary file in the folder that becomes {@code name} on {@link #commit()}. Not
   * Files.createTempFile: its owner-only permissions would carry over to the published files.
   */
  Path temp(String name) throws IOException {
    Path temp = Files.createFile(dir.resolve("." + name + "." + UUID.randomUUID() + ".tmp"));
    tempToFinal.put(temp, dir.resolve(name));
    return temp;
  }

  /** Gives every temporary file its final name, replacing older files of the same name. */
  void commit() throws IOException {
    for (Map.Entry<Path, Path> e : tempToFinal.entrySet()) {
      try {
        Files.move(
            e.getKey(),
            e.getValue(),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  /** Without a commit: deletes the temporary files, and the folder if this import made it. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    for (Path temp : tempToFinal.keySet()) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Best effort: the import already failed and that failure is what the user must see.
      }
    }
    if (createdDir) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        if (!entries.iterator().hasNext()) {
          Files.delete(dir);
        }
      } catch (IOException ignored) {
        // As above: leaving an empty folder is harmless.
      }
    }
  }
}
