package org.govscore.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.govscore.base.GovscoreException;
import org.govscore.contract.DatasetKind;

/**
 * Finds the datasets in an inputs folder by the convention of README.md ("Inputs"): one entry per
 * dataset, named after it, a file ({@code regions.csv}) or a folder of part files ({@code
 * exchanges/}). Works through the Hadoop FileSystem API, so any file system Spark reads works.
 */
public final class InputLocator {
  private InputLocator() {}

  /** The entries found; absent optional datasets are missing from the map. */
  public static Map<DatasetKind, InputEntry> locate(String inputsDir, Configuration hadoopConf) {
    Path root = new Path(inputsDir);
    FileSystem fs;
    FileStatus[] children;
    try {
      fs = root.getFileSystem(hadoopConf);
      if (!fs.exists(root)) {
        throw new GovscoreException("Inputs folder " + inputsDir + " does not exist");
      }
      if (!fs.getFileStatus(root).isDirectory()) {
        throw new GovscoreException("Inputs path " + inputsDir + " is not a folder");
      }
      children = fs.listStatus(root);
    } catch (IOException e) {
      throw new GovscoreException("Cannot read inputs folder " + inputsDir + ": " + e.getMessage());
    }
    Arrays2.sortByName(children);
    Map<DatasetKind, List<FileStatus>> byKind = new EnumMap<>(DatasetKind.class);
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (hidden(name)) {
        continue;
      }
      Optional<DatasetKind> kind = DatasetKind.byName(InputFormat.stem(name));
      kind.ifPresent(k -> byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(child));
    }
    Map<DatasetKind, InputEntry> entries = new EnumMap<>(DatasetKind.class);
    for (DatasetKind kind : DatasetKind.values()) {
      List<FileStatus> found = byKind.getOrDefault(kind, List.of());
      if (found.size() > 1) {
        throw new GovscoreException(
            "Dataset "
                + kind.datasetName()
                + " is given more than once in "
                + inputsDir
                + ": "
                + found.stream().map(s -> s.getPath().getName()).toList()
                + "; keep exactly one entry per dataset");
      }
      if (found.isEmpty()) {
        if (kind.mandatory()) {
          throw new GovscoreException(
              "Required dataset "
                  + kind.datasetName()
                  + " is missing from "
                  + inputsDir
                  + " (expected "
                  + kind.datasetName()
                  + ".csv, .parquet, .jsonl or a folder "
                  + kind.datasetName()
                  + "/)");
        }
        continue;
      }
      entries.put(kind, entry(kind, fs, found.get(0)));
    }
    return entries;
  }

  private static InputEntry entry(DatasetKind kind, FileSystem fs, FileStatus status) {
    String path = status.getPath().toString();
    try {
      if (status.isDirectory()) {
        List<InputEntry.InputFile> files = new ArrayList<>();
        Set<InputFormat> formats = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        FileStatus[] parts = fs.listStatus(status.getPath());
        Arrays2.sortByName(parts);
        for (FileStatus part : parts) {
          String name = part.getPath().getName();
          if (hidden(name) || part.isDirectory()) {
            continue;
          }
          Optional<InputFormat> f = InputFormat.ofFileName(name);
          if (f.isEmpty()) {
            unknown.add(name);
            continue;
          }
          formats.add(f.get());
          files.add(
              new InputEntry.InputFile(
                  part.getPath().toString(),
                  status.getPath().getName() + "/" + name,
                  part.getLen()));
        }
        if (!unknown.isEmpty()) {
          throw new GovscoreException(
              "Folder "
                  + path
                  + " holds files of no known format (use .parquet, .csv or .jsonl): "
                  + String.join(", ", limit(unknown)));
        }
        if (formats.size() > 1) {
          throw new GovscoreException(
              "Folder "
                  + path
                  + " mixes formats "
                  + formats
                  + "; a dataset folder must hold part files of one format");
        }
        if (files.isEmpty()) {
          throw emptyError(kind, path);
        }
        return new InputEntry(kind, path, formats.iterator().next(), files, true);
      }
      InputFormat format =
          InputFormat.ofFileName(status.getPath().getName())
              .orElseThrow(
                  () ->
                      new GovscoreException(
                          "File "
                              + path
                              + " has no known format extension"
                              + " (use .parquet, .csv or .jsonl)"));
      return new InputEntry(
          kind,
          path,
          format,
          List.of(new InputEntry.InputFile(path, status.getPath().getName(), status.getLen())),
          false);
    } catch (IOException e) {
      throw new GovscoreException("Cannot read " + path + ": " + e.getMessage());
    }
  }

  private static GovscoreException emptyError(DatasetKind kind, String path) {
    return new GovscoreException(
        "Dataset " + kind.datasetName() + " at " + path + " holds no data files");
  }

  private static List<String> limit(Set<String> names) {
    return names.stream().limit(5).toList();
  }

  /** Hadoop and Spark conventions: _SUCCESS, .crc and other hidden files are not data. */
  static boolean hidden(String name) {
    return name.startsWith("_") || name.startsWith(".");
  }

  private static final class Arrays2 {
    static void sortByName(FileStatus[] statuses) {
      Arrays.sort(statuses, Comparator.comparing(s -> s.getPath().getName()));
    }
  }
}
