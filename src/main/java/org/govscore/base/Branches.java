package org.govscore.base;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Independent branches of a run, one after the other or side by side. On a small input the driver's
 * planning of each Spark query takes longer than the query itself, and with branches side by side
 * one branch is planned while another's tasks run. Results come back in the branches' order, and
 * the first failing branch (in that order) fails the whole with its own exception.
 */
public final class Branches {
  private Branches() {}

  public static <T> List<T> run(boolean sideBySide, List<Callable<T>> branches) {
    if (!sideBySide || branches.size() < 2) {
      List<T> out = new ArrayList<>();
      for (Callable<T> b : branches) {
        out.add(call(b));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(branches.size(), Branches::daemon);
    try {
      List<Future<T>> futures = new ArrayList<>();
      branches.forEach(b -> futures.add(pool.submit(b)));
      List<T> out = new ArrayList<>();
      RuntimeException failed = null;
      for (Future<T> f : futures) {
        try {
          out.add(await(f));
        } catch (RuntimeException e) {
          failed = failed != null ? failed : e;
        }
      }
      if (failed != null) {
        throw failed;
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Branches that return nothing: {@link #run} of each as a callable. */
  public static void runAll(boolean sideBySide, List<Runnable> branches) {
    run(
        sideBySide,
        branches.stream()
            .map(
                b ->
                    (Callable<Void>)
                        () -> {
                          b.run();
                          return null;
                        })
            .toList());
  }

  /**
   * A branch started now on a thread of its own, to be joined later: work that needs nothing the
   * run computes next (the rejects table needs only validation) runs while the run goes on, its
   * tasks filling the processors the run leaves idle while it plans.
   */
  public static Started start(Runnable branch) {
    ExecutorService pool = Executors.newSingleThreadExecutor(Branches::daemon);
    try {
      return new Started(pool.submit(branch));
    } finally {
      pool.shutdown();
    }
  }

  /** A started branch. */
  public static final class Started {
    private final Future<?> future;

    private Started(Future<?> future) {
      this.future = future;
    }

    /** Waits for the branch; its failure is thrown here, as {@link #run} throws it. */
    public void join() {
      await(future);
    }

    /**
     * Waits for the branch and ignores how it ended: the run has already failed, and what the
     * branch read or wrote may only be released once it is done.
     */
    public void awaitQuietly() {
      try {
        future.get();
      } catch (ExecutionException e) {
        // the run's own failure is the one reported
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static <T> T call(Callable<T> branch) {
    try {
      return branch.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A branch's result once it is done; its own failure (an Error as is) when it failed. */
  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static RuntimeException unchecked(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "govscore-branch");
    t.setDaemon(true);
    return t;
  }
}
