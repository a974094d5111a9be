package org.govscore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The canonical order of strings is the order of their UTF-8 bytes, as Spark sorts them. */
class ContentHashOrderTest {
  private static int utf8(String a, String b) {
    return Integer.signum(
        Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aCodePointAboveFfffSortsAfterEveryCharBelowIt() {
    // Java's String order puts the surrogate pair of U+1F600 before U+FFFD; UTF-8 puts it after.
    String emoji = new String(Character.toChars(0x1F600));
    assertTrue("\uFFFD".compareTo(emoji) > 0);
    assertEquals(-1, Integer.signum(ContentHash.compareUtf8("\uFFFD", emoji)));
    assertEquals(1, Integer.signum(ContentHash.compareUtf8("a" + emoji, "a\uE000")));
    assertEquals(-1, Integer.signum(ContentHash.compareUtf8("四川", "四川省")));
    assertEquals(0, ContentHash.compareUtf8("广安", "广安"));
  }

  @Test
  void agreesWithComparingTheBytesOnRandomStrings() {
    Random random = new Random(2016);
    List<Integer> alphabet =
        List.of(0x41, 0x7A, 0xE9, 0x4E2D, 0xD7FF, 0xE000, 0xFFFD, 0x1F600, 0x10FFFF);
    for (int n = 0; n < 20_000; n++) {
      String a = randomString(random, alphabet);
      String b = randomString(random, alphabet);
      assertEquals(utf8(a, b), Integer.signum(ContentHash.compareUtf8(a, b)), a + " vs " + b);
    }
  }

  private static String randomString(Random random, List<Integer> alphabet) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(4);
    for (int i = 0; i < length; i++) {
      s.appendCodePoint(alphabet.get(random.nextInt(alphabet.size())));
    }
    return s.toString();
  }
}
