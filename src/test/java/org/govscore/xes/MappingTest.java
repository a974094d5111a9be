package org.govscore.xes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingTest {
  private static XesAttributes trace(String key, String value) {
    XesAttributes a = new XesAttributes();
    a.add(new XesAttribute(key, XesType.STRING, value, false));
    return a;
  }

  @Test
  void readsEverySection() {
    Mapping m = Mapping.parse(TestFiles.resource("mapping-full.ini"));
    assertEquals(new RegionSpec("510100", "成都市"), m.region());
    assertEquals("ACCEPT", m.activity("Confirmation of receipt"));
    assertEquals("APPROVE", m.activity("T04 Determine confirmation of receipt"));
    assertEquals(
        "T03 Adjust confirmation of receipt", m.activity("T03 Adjust confirmation of receipt"));
    assertFalse(m.mapsActivity("T03 Adjust confirmation of receipt"));
    assertEquals(Optional.of(new Department("D01", "受理科 (Group 1)")), m.department("Group 1"));
    assertEquals(Optional.of(new Department("D02", "Group 2")), m.department("Group 2"));
    assertEquals(Optional.of(new Department("D01", "受理科 (Group 1)")), m.department("Group 3"));
    assertEquals(Optional.empty(), m.department("Group 4"));
    assertEquals(new Department("D00", "未记录"), m.defaultDepartment());
    assertTrue(m.isPlaceholder("EMPTY"));
    assertTrue(m.isPlaceholder("UNKNOWN"));
    assertFalse(m.isPlaceholder(""));
    assertEquals(Optional.of("channel"), m.channelAttribute());
    assertEquals("ONLINE", m.channel("Internet"));
    assertEquals("WINDOW", m.channel("Desk"));
    assertEquals("", m.channel("Intern"));
    assertEquals("", m.channel("Fax"));
    assertEquals("", m.channel(null));
    assertEquals("ITEM-7", m.itemCode(trace("requested_item", "ITEM-7")));
    assertEquals("", m.itemCode(trace("other", "x")));
  }

  @Test
  void withoutAMappingEverythingIsKept() {
    Mapping m = Mapping.none();
    assertEquals(RegionSpec.DEFAULT, m.region());
    assertEquals(new RegionSpec("990000", "Imported region"), m.region());
    assertEquals("Some activity", m.activity("Some activity"));
    assertEquals(Optional.empty(), m.department("Group 1"));
    assertEquals(Mapping.UNASSIGNED, m.defaultDepartment());
    assertEquals("UNASSIGNED", m.defaultDepartment().code());
    assertEquals(Optional.empty(), m.channelAttribute());
    assertEquals("", m.itemCode(trace("item", "x")));
  }

  @Test
  void aConstantItemAndPartialSections() {
    Mapping m =
        Mapping.parse(
            "[item]\nconstant = WABO-RECEIPT\n[region]\nname = 某区\n"
                + "[groups.default]\nname = 无\n",
            "m.ini");
    assertEquals("WABO-RECEIPT", m.itemCode(trace("x", "y")));
    assertEquals(new RegionSpec("990000", "某区"), m.region());
    assertEquals(new Department("UNASSIGNED", "无"), m.defaultDepartment());
  }

  @Test
  void keysMayContainSpacesAndEqualsSignsSplitAtTheFirst() {
    Mapping m =
        Mapping.parse("[activities]\n  a  b  =  REVIEW\n[groups]\nx=y = D1 | n=1\n", "m.ini");
    assertEquals("REVIEW", m.activity("a  b"));
    assertEquals(Optional.of(new Department("y = D1", "n=1")), m.department("x"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      value = {
        "no equals sign; [activities]\\nT02 Check; m.ini line 2: expected 'key = value', got 'T02 Check'",
        "entry before section; # c\\nA = REVIEW; m.ini line 2: 'A = REVIEW' comes before any [section]",
        "unknown section; [activity]\\nA = REVIEW; m.ini line 1: unknown section [activity] (expected one of [region], [activities], [groups], [groups.default], [channel], [item])",
        "unclosed section; [groups; m.ini line 1: expected a section header like [activities], got '[groups'",
        "section twice; [item]\\nconstant = X\\n\\n[item]; m.ini line 4: section [item] appears twice (first on line 1)",
        "key twice; [activities]\\nA = REVIEW\\nA = APPROVE; m.ini line 3: 'A' appears twice in [activities] (first on line 2)",
        "empty key; [activities]\\n = REVIEW; m.ini line 2: missing key before '='",
        "not canonical; [activities]\\nA = CHECK; m.ini line 2: 'CHECK' is not a canonical activity (SUBMIT, ACCEPT, REVIEW, SUPPLEMENT, VISIT, APPROVE, REJECT, DELIVER, WITHDRAW)",
        "empty activity; [activities]\\nA =; m.ini line 2: 'A' has no value",
        "bad region code; [region]\\ncode = 12345; m.ini line 2: region code '12345' must be 6 digits (GB/T 2260 style), e.g. 990000",
        "unknown region key; [region]\\nlevel = CITY; m.ini line 2: unknown key 'level' in [region] (expected code, name)",
        "group without code; [groups]\\nGroup 1 = | 受理科; m.ini line 2: missing department code before '|' for 'Group 1'",
        "group without name; [groups]\\nGroup 1 = D01 |; m.ini line 2: missing department name after '|' for 'Group 1'",
        "one code two names; [groups]\\nGroup 1 = D01 | 甲\\nGroup 2 = D01 | 乙; m.ini line 3: department D01 is named '乙' here but '甲' on line 2",
        "default clashes with group; [groups]\\nGroup 1 = D01 | 甲\\n[groups.default]\\ncode = D01\\nname = 乙; m.ini line 5: department D01 is named '乙' here but '甲' on line 2",
        "placeholder also mapped; [groups]\\nEMPTY = D9\\n[groups.default]\\nplaceholders = EMPTY; m.ini line 4: 'EMPTY' is a placeholder but also mapped in [groups] on line 2",
        "bad channel; [channel]\\nattribute = channel\\nInternet = WEB; m.ini line 3: 'WEB' is not a channel of the contract (ONLINE, MOBILE, WINDOW, SELF_SERVICE, POST) nor empty",
        "channel without attribute; # c\\n[channel]\\nInternet = ONLINE; m.ini line 2: [channel] maps values but names no trace attribute: add 'attribute = <name>'",
        "item twice over; [item]\\nattribute = a\\nconstant = C; m.ini line 3: [item] takes either 'attribute' or 'constant', not both",
        "unknown item key; [item]\\ncode = C; m.ini line 2: unknown key 'code' in [item] (expected attribute, constant)",
        "unknown default key; [groups.default]\\nplaceholder = EMPTY; m.ini line 2: unknown key 'placeholder' in [groups.default] (expected code, name, placeholders)",
      })
  void badMappingsNameTheLine(String what, String text, String message) {
    ImportException e =
        assertThrows(
            ImportException.class, () -> Mapping.parse(text.replace("\\n", "\n"), "m.ini"));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = Path.of("no/such/mapping.ini");
    ImportException e = assertThrows(ImportException.class, () -> Mapping.parse(missing));
    assertEquals("no/such/mapping.ini: no such mapping file", e.getMessage());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithItsLine() {
    Path latin1 = TestFiles.resource("mapping-latin1.ini");
    ImportException e = assertThrows(ImportException.class, () -> Mapping.parse(latin1));
    assertEquals(latin1 + " line 2: not UTF-8 text", e.getMessage());
  }
}
