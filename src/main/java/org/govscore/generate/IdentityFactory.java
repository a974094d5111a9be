package org.govscore.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.govscore.contract.Identifiers;

/**
 * Synthetic personal identifiers: citizen ID numbers (GB 11643) and unified social credit codes (GB
 * 32100-2015) that pass {@link Identifiers}, and deliberately invalid ones of the kinds found in
 * real logs, for the EX_SUBJECT_ID check. The numbers are random, not anyone's.
 */
final class IdentityFactory {
  /** Sorted: Set.of iterates in a per-JVM order, which would break determinism. */
  private static final List<String> PROVINCES =
      Identifiers.PROVINCE_CODES.stream().sorted().toList();

  private static final List<String> SICHUAN_COUNTIES = SichuanRegions.countyCodes();
  private static final String ALPHABET = Identifiers.USCC_ALPHABET;
  private static final String FORBIDDEN_IN_USCC = "IOZSV";
  private static final long FIRST_BIRTH_DAY = LocalDate.of(1940, 1, 1).toEpochDay();
  private static final long LAST_BIRTH_DAY = LocalDate.of(2005, 12, 31).toEpochDay();

  private IdentityFactory() {}

  /** A valid citizen ID: mostly Sichuan addresses, births 1940-2005. */
  static String citizenId(SplittableRandom r) {
    String first17 = address(r) + birthDate(r) + digits(r, 3);
    return first17 + Identifiers.citizenCheckChar(first17);
  }

  /**
   * An invalid citizen ID: a wrong check character, a lower-case x, an impossible birth date, or an
   * old 15-digit number.
   */
  static String invalidCitizenId(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0 -> {
        String valid = citizenId(r);
        char check = valid.charAt(17);
        char wrong =
            check == '0' ? '1' : check == 'X' ? '7' : (char) (check == '9' ? '0' : check + 1);
        return valid.substring(0, 17) + wrong;
      }
      case 1 -> {
        // Search sequence numbers until the check character is X, then write it in lower case.
        String prefix = address(r) + birthDate(r);
        int start = r.nextInt(1000);
        for (int i = 0; i < 1000; i++) {
          String first17 = prefix + pad3((start + i) % 1000);
          if (Identifiers.citizenCheckChar(first17) == 'X') {
            return first17 + 'x';
          }
        }
        return prefix + pad3(start) + 'x';
      }
      case 2 -> {
        String[] impossible = {"19870230", "19911301", "20020431", "19750000", "19990931"};
        String first17 = address(r) + impossible[r.nextInt(impossible.length)] + digits(r, 3);
        return first17 + Identifiers.citizenCheckChar(first17);
      }
      default -> {
        String birth = birthDate(r);
        return address(r) + birth.substring(2) + digits(r, 3);
      }
    }
  }

  /** A valid unified social credit code of a Sichuan enterprise, social organisation or body. */
  static String uscc(SplittableRandom r) {
    String first17 = usccFirst17(r);
    return first17 + Identifiers.usccCheckChar(first17);
  }

  /** An invalid credit code: a letter the alphabet forbids, or a wrong check character. */
  static String invalidUscc(SplittableRandom r) {
    String valid = uscc(r);
    if (r.nextBoolean()) {
      int at = 8 + r.nextInt(9);
      char bad = FORBIDDEN_IN_USCC.charAt(r.nextInt(FORBIDDEN_IN_USCC.length()));
      return valid.substring(0, at) + bad + valid.substring(at + 1);
    }
    char check = valid.charAt(17);
    int wrong = (ALPHABET.indexOf(check) + 1 + r.nextInt(30)) % 31;
    return valid.substring(0, 17) + ALPHABET.charAt(wrong);
  }

  private static String usccFirst17(SplittableRandom r) {
    double u = r.nextDouble();
    // 91 enterprise, 92 individual business, 93 farmers' cooperative, 52 social organisation,
    // 12 public institution: the registration authority and kind of GB 32100.
    String head = u < 0.7 ? "91" : u < 0.82 ? "92" : u < 0.87 ? "93" : u < 0.94 ? "52" : "12";
    StringBuilder b = new StringBuilder(17).append(head);
    b.append(SICHUAN_COUNTIES.get(r.nextInt(SICHUAN_COUNTIES.size())));
    for (int i = 0; i < 9; i++) {
      b.append(ALPHABET.charAt(r.nextInt(i < 8 && r.nextInt(3) > 0 ? 10 : ALPHABET.length())));
    }
    return b.toString();
  }

  private static String address(SplittableRandom r) {
    if (r.nextDouble() < 0.85) {
      return SICHUAN_COUNTIES.get(r.nextInt(SICHUAN_COUNTIES.size()));
    }
    String province = PROVINCES.get(r.nextInt(PROVINCES.size()));
    return province + pad2(1 + r.nextInt(20)) + pad2(1 + r.nextInt(30));
  }

  private static String birthDate(SplittableRandom r) {
    LocalDate d =
        LocalDate.ofEpochDay(FIRST_BIRTH_DAY + r.nextLong(LAST_BIRTH_DAY - FIRST_BIRTH_DAY + 1));
    return d.getYear() + pad2(d.getMonthValue()) + pad2(d.getDayOfMonth());
  }

  private static String digits(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  private static String pad2(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static String pad3(int v) {
    return v < 10 ? "00" + v : v < 100 ? "0" + v : Integer.toString(v);
  }
}
