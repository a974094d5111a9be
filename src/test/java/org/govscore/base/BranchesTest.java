package org.govscore.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BranchesTest {
  @Test
  void resultsComeBackInTheBranchesOrderEitherWay() {
    List<Callable<String>> branches =
        List.of(
            () -> {
              Thread.sleep(50);
              return "first";
            },
            () -> "second",
            () -> "third");
    assertEquals(List.of("first", "second", "third"), Branches.run(false, branches));
    assertEquals(List.of("first", "second", "third"), Branches.run(true, branches));
  }

  @Test
  void sideBySideBranchesRunAtTheSameTimeOnTheirOwnThreads() {
    // Each branch waits for the other: only side by side can both finish.
    CountDownLatch both = new CountDownLatch(2);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    Callable<Boolean> branch =
        () -> {
          threads.add(Thread.currentThread().getName());
          both.countDown();
          return both.await(10, TimeUnit.SECONDS);
        };
    assertEquals(List.of(true, true), Branches.run(true, List.of(branch, branch)));
    assertEquals(Set.of("govscore-branch"), threads);
  }

  @Test
  void theFirstFailingBranchInOrderFailsTheWholeWithItsOwnException() {
    GovscoreException first = new GovscoreException("exchanges: no rows");
    IllegalStateException second = new IllegalStateException("later");
    List<Callable<String>> branches =
        List.of(
            () -> "fine",
            () -> {
              Thread.sleep(50);
              throw first;
            },
            () -> {
              throw second;
            });
    assertSame(first, assertThrows(GovscoreException.class, () -> Branches.run(true, branches)));
    assertSame(first, assertThrows(GovscoreException.class, () -> Branches.run(false, branches)));
  }

  @Test
  void aCheckedExceptionIsWrappedWithItsMessage() {
    List<Callable<String>> branches =
        List.of(
            () -> {
              throw new IOException("disk full");
            });
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Branches.run(false, branches));
    assertEquals("java.io.IOException: disk full", e.getMessage());
  }

  @Test
  void aStartedBranchRunsWhileTheCallerGoesOnAndJoinWaitsForIt() throws InterruptedException {
    CountDownLatch callerWentOn = new CountDownLatch(1);
    List<String> done = new CopyOnWriteArrayList<>();
    Branches.Started started =
        Branches.start(
            () -> {
              try {
                // Finishes only once the caller has gone on: start did not wait for it.
                if (!callerWentOn.await(10, TimeUnit.SECONDS)) {
                  throw new IllegalStateException("the caller waited for the branch");
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              done.add("rejects");
            });
    callerWentOn.countDown();
    started.join();
    assertEquals(List.of("rejects"), done);
  }

  @Test
  void joinThrowsTheBranchsOwnFailureAndAwaitQuietlyDoesNot() {
    GovscoreException failure = new GovscoreException("results: disk full");
    Branches.Started started =
        Branches.start(
            () -> {
              throw failure;
            });
    started.awaitQuietly();
    assertSame(failure, assertThrows(GovscoreException.class, started::join));
  }
}
