package org.govscore.input;

import java.util.List;
import org.govscore.contract.DatasetKind;

/**
 * Where one dataset comes from: a file or a folder of part files, all of one format.
 *
 * @param kind the dataset
 * @param path the file or folder as given (any Hadoop file system URI)
 * @param format the format of its files
 * @param files the data files (a single element for a file entry)
 * @param folder whether the entry is a folder of part files
 */
public record InputEntry(
    DatasetKind kind, String path, InputFormat format, List<InputFile> files, boolean folder) {
  public InputEntry {
    files = List.copyOf(files);
  }

  /** Total bytes over all files. */
  public long size() {
    return files.stream().mapToLong(InputFile::size).sum();
  }

  /** A data file with its size. */
  public record InputFile(String path, String name, long size) {}
}
