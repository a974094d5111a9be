package org.govscore.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/data-contract.md is what the declarations say: the file shipped with the project and the one
 * rendered from {@link DatasetKind} agree.
 */
class ContractDocumentTest {
  private static final Path DOC = Path.of(ContractDocument.PATH);

  private static final String HOW_TO_REGENERATE =
      "regenerate it with: mvn -B -ntp -q test -Dtest=ContractDocumentTest"
          + " -Dgovscore.regenerateDocs=true";

  @Test
  void shippedDocumentMatchesTheDeclarations() throws IOException {
    String rendered = ContractDocument.render();
    if (Boolean.getBoolean("govscore.regenerateDocs")) {
      Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(DOC), ContractDocument.PATH + " is missing; " + HOW_TO_REGENERATE);
    assertEquals(
        rendered,
        Files.readString(DOC, StandardCharsets.UTF_8),
        ContractDocument.PATH
            + " and the declarations of org.govscore.contract.DatasetKind differ; "
            + HOW_TO_REGENERATE);
  }

  /** A declared check, reference or key appears in the document with its rule and reasons. */
  @Test
  void documentStatesEachDeclaredRule() {
    String doc = ContractDocument.render();
    assertTrue(
        doc.contains(
            "| online_depth | int (32-bit) | yes | 0..4; 0 offline only, 1 information online, 2"
                + " online booking or pre-review, 3 online application, 4 fully online (全程网办) |"
                + " MISSING_VALUE, BAD_NUMBER, OUT_OF_RANGE |"),
        doc);
    assertTrue(
        doc.contains(
            "| parent_code | string | no (blank reads as null) | an accepted region_code of"
                + " regions of a higher level (PROVINCE > CITY > COUNTY); null for a root |"
                + " UNKNOWN_REGION, BAD_PARENT_LEVEL, REFERENCE_REJECTED |"),
        doc);
    assertTrue(
        doc.contains(
            "| unit_code | string | yes | an accepted dept_code of departments when unit_type is"
                + " DEPARTMENT; an accepted region_code of regions when unit_type is REGION; a"
                + " dept_code or region_code, per unit_type | MISSING_VALUE, UNKNOWN_DEPARTMENT,"
                + " REFERENCE_REJECTED, UNKNOWN_REGION |"),
        doc);
    assertTrue(
        doc.contains(
            "Primary key (period, unit_type, unit_code, indicator): rows sharing it are all"
                + " rejected (CONFLICTING_DUPLICATE)."),
        doc);
  }
}
