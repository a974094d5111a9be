package org.govscore.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.govscore.report.EngineReadingReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer picture, stated once. Read from the top: the command layer may use everything; the
 * pipeline joins the engine to the store; the engine packages use only the contract, the
 * configuration and the base; report and site read the results store and the shared vocabulary,
 * never the engine that wrote it. Every rule fails on a violation with the offending dependency.
 */
class ArchitectureTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMain() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.govscore");
  }

  @Test
  void layersPointOneWay() {
    ArchRule rule =
        layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("org.govscore..")
            .layer("Entry")
            .definedBy("org.govscore")
            .layer("Cli")
            .definedBy("org.govscore.cli..")
            .layer("Pipeline")
            .definedBy("org.govscore.pipeline..")
            .layer("Report")
            .definedBy("org.govscore.report..")
            .layer("Site")
            .definedBy("org.govscore.site..")
            .layer("Render")
            .definedBy("org.govscore.render..")
            .layer("Generate")
            .definedBy("org.govscore.generate..")
            .layer("Xes")
            .definedBy("org.govscore.xes..")
            .layer("Validation")
            .definedBy("org.govscore.validation..")
            .layer("Input")
            .definedBy("org.govscore.input..")
            .layer("Scoring")
            .definedBy("org.govscore.scoring..")
            .layer("Metrics")
            .definedBy("org.govscore.metrics..")
            .layer("Methodology")
            .definedBy("org.govscore.methodology..")
            .layer("Store")
            .definedBy("org.govscore.store..")
            .layer("Spark")
            .definedBy("org.govscore.spark..")
            .layer("Contract")
            .definedBy("org.govscore.contract..")
            .layer("Config")
            .definedBy("org.govscore.config..")
            .layer("Base")
            .definedBy("org.govscore.base..")
            .whereLayer("Entry")
            .mayOnlyAccessLayers("Cli")
            .whereLayer("Pipeline")
            .mayOnlyAccessLayers(
                "Validation",
                "Input",
                "Scoring",
                "Metrics",
                "Methodology",
                "Store",
                "Spark",
                "Contract",
                "Config",
                "Base")
            .whereLayer("Report")
            .mayOnlyAccessLayers("Render", "Store", "Methodology", "Contract", "Config", "Base")
            .whereLayer("Site")
            .mayOnlyAccessLayers("Render", "Store", "Methodology", "Contract", "Config", "Base")
            .whereLayer("Render")
            .mayOnlyAccessLayers("Store", "Methodology", "Contract", "Config", "Base")
            .whereLayer("Generate")
            .mayOnlyAccessLayers("Contract", "Config", "Base")
            .whereLayer("Xes")
            .mayOnlyAccessLayers("Contract", "Config", "Base")
            .whereLayer("Validation")
            .mayOnlyAccessLayers("Input", "Metrics", "Spark", "Contract", "Config", "Base")
            .whereLayer("Input")
            .mayOnlyAccessLayers("Contract", "Config", "Base")
            .whereLayer("Scoring")
            .mayOnlyAccessLayers("Metrics", "Methodology", "Contract", "Config", "Base")
            .whereLayer("Metrics")
            .mayOnlyAccessLayers("Methodology", "Spark", "Contract", "Config", "Base")
            .whereLayer("Methodology")
            .mayOnlyAccessLayers("Config", "Base")
            .whereLayer("Methodology")
            .mayOnlyBeAccessedByLayers(
                "Metrics", "Scoring", "Render", "Report", "Site", "Pipeline", "Cli")
            .whereLayer("Store")
            .mayOnlyAccessLayers("Spark", "Contract", "Config", "Base")
            .whereLayer("Spark")
            .mayOnlyAccessLayers("Base")
            .whereLayer("Contract")
            .mayOnlyAccessLayers("Config", "Base")
            .whereLayer("Config")
            .mayOnlyAccessLayers("Base")
            .whereLayer("Base")
            .mayNotAccessAnyLayer();
    rule.check(main);
  }

  /**
   * Report, site and render read what the engine computed from the store and the methodology's
   * texts and ids from the registry, never from the engine (stated beside the layer rule so the
   * failure names the engine class).
   */
  @Test
  void reportAndSiteReadTheStoreNotTheEngine() {
    readTheStoreNotTheEngine().check(main);
  }

  /** The rule above can fail: a report class that reads a scoring constant breaks it. */
  @Test
  void aReportClassReadingTheEngineBreaksTheRule() {
    JavaClasses offending = new ClassFileImporter().importClasses(EngineReadingReport.class);
    AssertionError e =
        assertThrows(AssertionError.class, () -> readTheStoreNotTheEngine().check(offending));
    assertTrue(e.getMessage().contains("org.govscore.scoring.Findings"), e.getMessage());
  }

  private static ArchRule readTheStoreNotTheEngine() {
    return noClasses()
        .that()
        .resideInAnyPackage("org.govscore.report..", "org.govscore.site..", "org.govscore.render..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are engine classes",
                (JavaClass c) ->
                    c.getPackageName().startsWith("org.govscore.scoring")
                        || c.getPackageName().startsWith("org.govscore.pipeline")
                        || c.getPackageName().startsWith("org.govscore.validation")
                        || c.getPackageName().startsWith("org.govscore.input")
                        || c.getPackageName().startsWith("org.govscore.metrics")))
        .because("report and site read only the results store and the shared vocabulary");
  }

  @Test
  void nothingBelowTheCommandLayerUsesIt() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.govscore.cli..")
        .and()
        .resideOutsideOfPackage("org.govscore")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.govscore.cli..")
        .because("lower layers report a GovscoreException kind; only cli picks exit codes")
        .check(main);
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.govscore.(**)").should().beFreeOfCycles().check(main);
  }
}
