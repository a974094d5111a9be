package org.govscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/lib/input-bytes, from which the launcher sizes heap and JIT (README: 1 GiB plus 16 times the
 * input, C1 up to 256 MiB): it finds the inputs however they are given, and a folder it cannot read
 * is 0, so that govscore itself says what is wrong. (It used to end the launcher silently with exit
 * 1 when the --inputs folder did not exist, and to see no inputs in a job file or in --inputs=DIR,
 * which gave a large run a 1 GiB heap.)
 */
class LauncherInputBytesTest {
  private static final String REMOTE = "999999999999";

  @TempDir Path dir;

  private String bytes(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("bash", Path.of("jobs/lib/input-bytes").toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  @Test
  void findsTheInputsHoweverTheyAreGiven() throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("inputs"));
    Files.write(inputs.resolve("exchanges.csv"), new byte[300_000]);
    String size = bytes("evaluate", "--inputs", inputs.toString());
    long n = Long.parseLong(size);
    assertTrue(n >= 300_000 && n < 400_000, size);
    assertEquals(size, bytes("evaluate", "--period", "2026-Q3", "--inputs=" + inputs));
    Path job = dir.resolve("job.yaml");
    Files.writeString(job, "period: 2026-Q3\ninputs: " + inputs + "   # the logs\nresults: r\n");
    assertEquals(size, bytes("evaluate", "--job", job.toString()));
    Files.writeString(job, "inputs: '" + inputs + "'\n");
    assertEquals(size, bytes("validate", "--job=" + job));
    // the command line wins over the job file, as in govscore itself
    assertEquals("0", bytes("evaluate", "--job", job.toString(), "--inputs", "/nonexistent"));
  }

  @Test
  void aFolderItCannotReadIsZeroAndAUrlIsLarge() throws Exception {
    assertEquals("0", bytes("validate", "--inputs", dir.resolve("missing").toString()));
    assertEquals("0", bytes("evaluate", "--job", dir.resolve("missing.yaml").toString()));
    assertEquals("0", bytes("evaluate", "--period", "2026-Q3"));
    assertEquals(REMOTE, bytes("evaluate", "--inputs", "hdfs://namenode/logs/2026-Q3"));
    assertEquals(REMOTE, bytes("evaluate", "--job", "s3a://bucket/q3.yaml"));
  }
}
