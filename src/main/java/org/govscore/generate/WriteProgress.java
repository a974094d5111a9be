package org.govscore.generate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import org.govscore.base.Progress;
import scala.collection.JavaConverters;

/**
 * Reports how far the write of a large dataset has got, in steps of 10 % of its part files. Jobs
 * are tied to a dataset by a local property set around the write, so late listener events cannot be
 * attributed to the wrong dataset.
 */
final class WriteProgress extends SparkListener {
  static final String PROPERTY = "govscore.generate.dataset";

  private final Progress console;
  private final Map<Integer, Tracker> byStage = new ConcurrentHashMap<>();

  private static final class Tracker {
    final String dataset;
    final int tasks;
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger reportedStep = new AtomicInteger();

    Tracker(String dataset, int tasks) {
      this.dataset = dataset;
      this.tasks = tasks;
    }
  }

  WriteProgress(Progress console) {
    this.console = console;
  }

  @Override
  public void onJobStart(SparkListenerJobStart job) {
    String dataset = job.properties() == null ? null : job.properties().getProperty(PROPERTY);
    if (dataset == null) {
      return;
    }
    for (StageInfo stage : JavaConverters.seqAsJavaList(job.stageInfos())) {
      if (stage.numTasks() > 1) {
        byStage.put(stage.stageId(), new Tracker(dataset, stage.numTasks()));
      }
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd task) {
    Tracker t = byStage.get(task.stageId());
    if (t == null || !task.taskInfo().successful()) {
      return;
    }
    int done = t.done.incrementAndGet();
    int step = done * 10 / t.tasks;
    int before = t.reportedStep.getAndAccumulate(step, Math::max);
    if (step > before && done < t.tasks) {
      console.progress(
          t.dataset + ": " + (step * 10) + " % (" + done + " of " + t.tasks + " parts)");
    }
  }
}
