package org.govscore.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The jars Maven resolved for this build, split the way a cluster splits them: the Spark runtime
 * (what a Spark distribution provides) and govscore's own dependencies (what the app jar carries,
 * per the artifactSet includes of pom.xml). Read from the test classpath, so no Maven call is
 * needed while Maven runs the tests.
 */
final class BuildClasspath {
  /** Test-only libraries: neither a Spark distribution nor the app ships them. */
  private static final List<String> TEST_ONLY =
      List.of(
          "/org/junit/",
          "/org/opentest4j/",
          "/org/apiguardian/",
          "/com/holdenkarau/",
          "/org/scalatest/",
          "/org/scalactic/",
          "/org/apache/maven/surefire/");

  final Path root;
  final Path classes;
  final List<Path> sparkJars = new ArrayList<>();
  final List<Path> appDependencies = new ArrayList<>();

  BuildClasspath(Path root) throws IOException {
    this.root = root;
    this.classes = root.resolve("target/classes");
    List<String> appFragments = appDependencyFragments(Files.readString(root.resolve("pom.xml")));
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : cp.split(java.io.File.pathSeparator)) {
      if (!entry.endsWith(".jar") || TEST_ONLY.stream().anyMatch(entry::contains)) {
        continue;
      }
      (appFragments.stream().anyMatch(entry::contains) ? appDependencies : sparkJars)
          .add(Path.of(entry));
    }
    if (sparkJars.stream()
        .noneMatch(j -> j.getFileName().toString().startsWith("spark-core_2.12"))) {
      throw new IllegalStateException("no spark-core_2.12 jar on the test classpath: " + cp);
    }
  }

  /**
   * Repository path fragments of the pom's artifactSet includes (as jobs/cluster/spark-home reads
   * them).
   */
  static List<String> appDependencyFragments(String pom) {
    Matcher set = Pattern.compile("<artifactSet>(.*?)</artifactSet>", Pattern.DOTALL).matcher(pom);
    if (!set.find()) {
      throw new IllegalStateException("pom.xml has no artifactSet for the app jar");
    }
    List<String> out = new ArrayList<>();
    Matcher include = Pattern.compile("<include>([^:<]+):([^<]+)</include>").matcher(set.group(1));
    while (include.find()) {
      String group = "/" + include.group(1).replace('.', '/') + "/";
      out.add(include.group(2).equals("*") ? group : group + include.group(2) + "/");
    }
    return out;
  }

  /**
   * Classpath of a local-mode govscore JVM: what the launcher's target/govscore.jar + target/lib
   * hold.
   */
  String localClasspath() {
    List<String> parts = new ArrayList<>();
    parts.add(classes.toString());
    appDependencies.forEach(p -> parts.add(p.toString()));
    sparkJars.forEach(p -> parts.add(p.toString()));
    return String.join(java.io.File.pathSeparator, parts);
  }

  /**
   * The app jar for spark-submit: target/govscore-app.jar when it is newer than every compiled
   * class (mvn package ran after the last compile), else the same content built into {@code dir}.
   */
  Path appJar(Path dir) throws IOException {
    Path built = root.resolve("target/govscore-app.jar");
    if (Files.isRegularFile(built)
        && Files.getLastModifiedTime(built).compareTo(newestClass()) > 0) {
      return built;
    }
    Path jar = dir.resolve("govscore-app.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    manifest.getMainAttributes().putValue("Main-Class", "org.govscore.Main");
    Set<String> seen = new HashSet<>(Set.of("META-INF/MANIFEST.MF"));
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = classes.relativize(f).toString().replace('\\', '/');
        if (!name.equals("log4j2.properties")) { // as in the shade configuration
          copy(out, seen, name, Files.newInputStream(f));
        }
      }
      for (Path dep : appDependencies) {
        try (JarFile in = new JarFile(dep.toFile())) {
          for (JarEntry e :
              in.stream().filter(e -> !e.isDirectory() && keep(e.getName())).toList()) {
            copy(out, seen, e.getName(), in.getInputStream(e));
          }
        }
      }
    }
    return jar;
  }

  private static boolean keep(String name) {
    return !name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)") && !name.endsWith("module-info.class");
  }

  private static void copy(JarOutputStream out, Set<String> seen, String name, InputStream in)
      throws IOException {
    try (in) {
      if (seen.add(name)) {
        out.putNextEntry(new JarEntry(name));
        in.transferTo(out);
        out.closeEntry();
      }
    }
  }

  private FileTime newestClass() throws IOException {
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(Files::isRegularFile)
          .map(
              f -> {
                try {
                  return Files.getLastModifiedTime(f);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .max(FileTime::compareTo)
          .orElse(FileTime.fromMillis(0));
    }
  }

  static String joined(List<Path> paths) {
    return String.join(
        java.io.File.pathSeparator, paths.stream().map(Path::toString).toArray(String[]::new));
  }
}
