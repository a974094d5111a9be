package org.govscore.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.List;
import org.govscore.testing.TempDirs;
import org.junit.jupiter.api.Test;

/**
 * The tests leave nothing in the system's temporary folder: a test's folder comes from JUnit's
 * {@code @TempDir} or from {@link TempDirs}, both removed after the run, never from {@code
 * Files.createTempDirectory(prefix)}, which stays there for good.
 */
class TestFoldersTest {
  @Test
  void testFoldersAreRemovedAfterTheRun() {
    JavaClasses tests =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.govscore");
    noFoldersLeftBehind(TempDirs.class.getName(), LeavesItsFolder.class.getName()).check(tests);
  }

  /** The rule above can fail: a class that makes its own temporary folder breaks it. */
  @Test
  void aTestMakingItsOwnTemporaryFolderBreaksTheRule() {
    JavaClasses offending = new ClassFileImporter().importClasses(LeavesItsFolder.class);
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> noFoldersLeftBehind(TempDirs.class.getName()).check(offending));
    assertTrue(e.getMessage().contains("LeavesItsFolder"), e.getMessage());
    assertTrue(e.getMessage().contains("createTempDirectory"), e.getMessage());
  }

  /** No class but the {@code allowed} ones makes a folder in the system's temporary folder. */
  private static ArchRule noFoldersLeftBehind(String... allowed) {
    List<String> names = List.of(allowed);
    return noClasses()
        .that(describe("are not " + names, (JavaClass c) -> !names.contains(c.getName())))
        .should()
        .callMethod(Files.class, "createTempDirectory", String.class, FileAttribute[].class)
        .because("a folder in the system's temporary folder outlives the test run; use TempDirs");
  }

  /** The rule's counterexample; never run. */
  static final class LeavesItsFolder {
    Path folder() throws IOException {
      return Files.createTempDirectory("leaves-its-folder");
    }
  }
}
