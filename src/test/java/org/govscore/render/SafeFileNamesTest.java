package org.govscore.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SafeFileNamesTest {
  @Test
  void safeCodesStayReadable() {
    SafeFileNames n = new SafeFileNames();
    assertEquals("dept-D1", n.name("dept", "D1"));
    assertEquals("region-511600", n.name("region", "511600"));
    assertEquals("dept-a_b-c", n.name("dept", "a_b-c"));
  }

  @Test
  void hostileCodesCannotEscapeCollideOrUseReservedNames() {
    SafeFileNames n = new SafeFileNames();
    List<String> codes =
        List.of(
            "../../x",
            "a/b",
            "a\\b",
            "a_b",
            "CON",
            "con",
            "NUL",
            "COM1",
            "",
            "部门1",
            "d1",
            "D1",
            ".",
            "..",
            "x".repeat(300),
            "x".repeat(301),
            "<script>alert(1)</script>");
    Set<String> seen = new HashSet<>();
    for (String code : codes) {
      String name = n.name("dept", code);
      assertTrue(name.matches("[A-Za-z0-9_-]+"), name);
      assertTrue(name.length() <= 80, name);
      assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "collision for " + code + ": " + name);
      assertEquals(name, n.name("dept", code), "the same code always gets the same name");
    }
    assertNotEquals("dept-CON", n.name("dept", "CON"));
    assertTrue(n.name("dept", "../../x").startsWith("dept-______x-"));
  }

  @Test
  void namesDoNotDependOnOtherPrefixes() {
    SafeFileNames n = new SafeFileNames();
    assertEquals("dept-511600", n.name("dept", "511600"));
    assertEquals("region-511600", n.name("region", "511600"));
  }
}
