package org.govscore.methodology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.govscore.config.Parameters;
import org.govscore.contract.DatasetKind;
import org.govscore.scoring.Findings;
import org.junit.jupiter.api.Test;

class MethodologyRegistryTest {
  @Test
  void indicatorsAreInPublishedOrderWithTheFourHeadlineOnes() {
    assertEquals(
        List.of(
            "SIR", "RSR", "BCR", "SCR", "OCR", "ZVR", "MOV", "OTR", "TCR", "FCR", "ESR", "HOR",
            "LAT_P50", "LAT_P95", "SAT", "BRR", "RCR"),
        MethodologyRegistry.indicatorIds());
    assertEquals(List.of("SIR", "RSR", "BCR", "SCR"), MethodologyRegistry.headlineIds());
  }

  @Test
  void checksAreTheTenOfTheMethodologyInItsOrder() {
    assertEquals(
        List.of(
            "EX_SUBJECT_ID",
            "EX_EXTRANET",
            "EX_CATALOGUED",
            "EX_PROVIDER_MATCH",
            "EX_STANDARD",
            "CAT_TIME_LIMITS",
            "CAT_REQUIREMENTS",
            "CAT_STANDARD",
            "CAT_NOT_SHARED_BASIS",
            "CASE_ITEM"),
        MethodologyRegistry.checkIds());
  }

  @Test
  void idsAreUnique() {
    List<String> all = new java.util.ArrayList<>(MethodologyRegistry.indicatorIds());
    all.addAll(MethodologyRegistry.checkIds());
    assertEquals(all.size(), new HashSet<>(all).size(), all.toString());
    List<String> findings =
        MethodologyRegistry.findingKinds().stream().map(FindingKind::id).toList();
    assertEquals(findings.size(), new HashSet<>(findings).size(), findings.toString());
  }

  @Test
  void findingKindsAreThoseTheScoringWrites() {
    assertEquals(
        List.of(
            Findings.DECLARED_ONLY_ITEM,
            Findings.REFUSED_RESOURCE,
            Findings.NOT_SHARED_RESOURCE,
            Findings.INFORMATION_ISLAND,
            Findings.FAILING_CHECK,
            Findings.FALL,
            Findings.UNRECTIFIED_BAD_RATING),
        MethodologyRegistry.findingKinds().stream().map(FindingKind::id).toList());
  }

  @Test
  void parameterTextsDescribePublishedParameters() {
    var published = Parameters.defaultsOnly().asMap().keySet();
    for (ParameterText p : MethodologyRegistry.parameterTexts()) {
      assertEquals(true, published.contains(p.key()), p.key());
    }
    assertEquals(
        List.of("VERY_HIGH", "HIGH", "MEDIUM", "LOW"),
        MethodologyRegistry.grades().stream().map(GradeEntry::code).toList());
    assertEquals(
        "grades.medium", MethodologyRegistry.findGrade("MEDIUM").orElseThrow().thresholdKey());
  }

  @Test
  void unitsAndDirections() {
    assertEquals(MeasureUnit.SHARE, MethodologyRegistry.indicator("SIR").unit());
    assertEquals(MeasureUnit.MILLISECONDS, MethodologyRegistry.indicator("LAT_P95").unit());
    assertEquals(Direction.LOWER_IS_BETTER, MethodologyRegistry.indicator("LAT_P50").direction());
    assertEquals(Direction.HIGHER_IS_BETTER, MethodologyRegistry.indicator("SAT").direction());
  }

  @Test
  void datasetNeedsAreListedInDataContractOrder() {
    assertEquals(
        List.of(Dataset.SERVICE_ITEMS, Dataset.RESOURCES, Dataset.EXCHANGES, Dataset.CASE_EVENTS),
        MethodologyRegistry.indicator("BCR").needs());
    for (IndicatorEntry i : MethodologyRegistry.indicators()) {
      assertEquals(i.needs().stream().sorted().toList(), i.needs(), i.id());
    }
    for (CheckEntry c : MethodologyRegistry.checks()) {
      assertEquals(c.needs().stream().sorted().toList(), c.needs(), c.id());
    }
  }

  @Test
  void theRegistryDatasetsAreTheDataContractsInItsOrder() {
    assertEquals(
        Arrays.stream(DatasetKind.values()).map(DatasetKind::datasetName).toList(),
        Arrays.stream(Dataset.values()).map(Dataset::datasetName).toList());
  }

  @Test
  void aTextNeedsBothLanguages() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Text("好评率", " "));
    assertEquals("a methodology text needs both languages, got zh '好评率', en ' '", e.getMessage());
    Text t = new Text("好评率", "Satisfaction rate");
    assertEquals("好评率", t.in(Locale.forLanguageTag("zh-CN")));
    assertEquals("Satisfaction rate", t.in(Locale.ENGLISH));
  }

  @Test
  void anUnknownIdIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MethodologyRegistry.indicator("XYZ"));
    assertEquals("No indicator 'XYZ' in the registry", e.getMessage());
    assertEquals(false, MethodologyRegistry.findIndicator("XYZ").isPresent());
    IllegalArgumentException c =
        assertThrows(IllegalArgumentException.class, () -> MethodologyRegistry.check("EX_NONE"));
    assertEquals("No check 'EX_NONE' in the registry", c.getMessage());
  }
}
