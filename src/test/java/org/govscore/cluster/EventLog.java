package org.govscore.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What a Spark event log (spark.eventLog.enabled, uncompressed) says about where tasks ran. */
record EventLog(
    Map<String, String> executorLogHosts, Set<String> taskExecutors, long tasks, long driverTasks) {

  /**
   * Reads one application's log: executors added (id to the host:port of the web UI serving their
   * logs, i.e. their Worker) and the executor id of every finished task.
   */
  static EventLog read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> executors = new HashMap<>();
    Set<String> taskExecutors = new HashSet<>();
    long tasks = 0;
    long driverTasks = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode e = json.readTree(line);
        switch (e.path("Event").asText()) {
          case "SparkListenerExecutorAdded" ->
              executors.put(
                  e.path("Executor ID").asText(),
                  java.net
                      .URI
                      .create(e.path("Executor Info").path("Log Urls").path("stderr").asText())
                      .getAuthority());
          case "SparkListenerTaskEnd" -> {
            String executor = e.path("Task Info").path("Executor ID").asText();
            taskExecutors.add(executor);
            tasks++;
            if (executor.equals("driver")) {
              driverTasks++;
            }
          }
          default -> {}
        }
      }
    }
    return new EventLog(executors, taskExecutors, tasks, driverTasks);
  }
}
