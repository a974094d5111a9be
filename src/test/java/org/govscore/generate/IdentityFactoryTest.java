package org.govscore.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.govscore.contract.Identifiers;
import org.junit.jupiter.api.Test;

class IdentityFactoryTest {
  static final LocalDate DAY = LocalDate.of(2026, 4, 1);

  @Test
  void citizenIdsAreValidWithBirthsFrom1940To2005() {
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < 5000; i++) {
      String id = IdentityFactory.citizenId(r);
      assertTrue(Identifiers.isValidCitizenId(id, DAY), id);
      int year = Integer.parseInt(id.substring(6, 10));
      assertTrue(year >= 1940 && year <= 2005, id);
      assertTrue(Identifiers.PROVINCE_CODES.contains(id.substring(0, 2)), id);
    }
  }

  @Test
  void invalidCitizenIdsFailAndCoverEveryKind() {
    SplittableRandom r = new SplittableRandom(2);
    Set<String> kinds = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String id = IdentityFactory.invalidCitizenId(r);
      assertFalse(Identifiers.isValidCitizenId(id, DAY), id);
      kinds.add(id.length() == 15 ? "old15" : id.endsWith("x") ? "lowerX" : "other18");
    }
    assertEquals(Set.of("old15", "lowerX", "other18"), kinds);
  }

  @Test
  void creditCodesAreValidAndInvalidOnesFail() {
    SplittableRandom r = new SplittableRandom(3);
    boolean forbiddenLetter = false;
    for (int i = 0; i < 3000; i++) {
      String code = IdentityFactory.uscc(r);
      assertTrue(Identifiers.isValidUscc(code), code);
      String bad = IdentityFactory.invalidUscc(r);
      assertFalse(Identifiers.isValidUscc(bad), bad);
      forbiddenLetter |= bad.chars().anyMatch(c -> "IOZSV".indexOf(c) >= 0);
    }
    assertTrue(forbiddenLetter);
  }

  @Test
  void sameStreamGivesSameIds() {
    assertEquals(
        IdentityFactory.citizenId(new SplittableRandom(9)),
        IdentityFactory.citizenId(new SplittableRandom(9)));
    assertEquals(
        IdentityFactory.uscc(new SplittableRandom(9)),
        IdentityFactory.uscc(new SplittableRandom(9)));
  }
}
