package org.govscore.cli;

import java.util.Locale;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/** Shows Spark stages that took long enough to notice, with their task counts. */
final class ProgressListener extends SparkListener {
  private static final long SHOW_AFTER_MS = 2000;
  private final Console console;

  ProgressListener(Console console) {
    this.console = console;
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted event) {
    StageInfo s = event.stageInfo();
    if (s.submissionTime().isEmpty() || s.completionTime().isEmpty()) {
      return;
    }
    long ms = (Long) s.completionTime().get() - (Long) s.submissionTime().get();
    if (ms >= SHOW_AFTER_MS) {
      console.progress(
          String.format(
              Locale.ROOT,
              "  spark stage %d done: %d tasks in %.1f s",
              s.stageId(),
              s.numTasks(),
              ms / 1000.0));
    }
  }
}
