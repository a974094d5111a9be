package org.govscore.contract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * The identifier rules of docs/methodology.md: citizen ID numbers (GB 11643) and unified social
 * credit codes (GB 32100-2015). Values are checked exactly as logged: no trimming, no case folding.
 * The engine evaluates the same rules as Spark expressions ({@code IdentifierColumns}); this class
 * is the reference they are tested against, and what the generator uses to make valid codes.
 */
public final class Identifiers {
  /** ISO 7064 MOD 11-2 weights for positions 1..17: 2^(18-i) mod 11. */
  static final int[] CITIZEN_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  static final String CITIZEN_CHECK_MAP = "10X98765432";

  /** Province codes valid in characters 1-2 (or 2-3 after a leading 9). */
  public static final Set<String> PROVINCE_CODES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82", "83", "91");

  public static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** 3^(i-1) mod 31 for positions 1..17. */
  static final int[] USCC_WEIGHTS = new int[17];

  static {
    int w = 1;
    for (int i = 0; i < 17; i++) {
      USCC_WEIGHTS[i] = w;
      w = (w * 3) % 31;
    }
  }

  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private Identifiers() {}

  /** The check character for the first 17 digits of a citizen ID. */
  public static char citizenCheckChar(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException(
          "Expected 17 digits, got " + first17.length() + " characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = first17.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("Expected digits only at position " + (i + 1));
      }
      sum += (c - '0') * CITIZEN_WEIGHTS[i];
    }
    return CITIZEN_CHECK_MAP.charAt(sum % 11);
  }

  /**
   * Whether {@code id} is a valid citizen ID for an exchange on {@code exchangeDate}: 18
   * characters, 17 digits then a digit or upper-case X, the right check character, a real birth
   * date from 1900-01-01 to the exchange date, and a province code.
   */
  public static boolean isValidCitizenId(String id, LocalDate exchangeDate) {
    if (id == null || id.length() != 18) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    char last = id.charAt(17);
    if (!((last >= '0' && last <= '9') || last == 'X')) {
      return false;
    }
    if (citizenCheckChar(id.substring(0, 17)) != last) {
      return false;
    }
    String province = id.substring(0, 2);
    boolean provinceOk =
        PROVINCE_CODES.contains(province)
            || (id.charAt(0) == '9' && PROVINCE_CODES.contains(id.substring(1, 3)));
    if (!provinceOk) {
      return false;
    }
    LocalDate birth;
    try {
      birth =
          LocalDate.of(
              Integer.parseInt(id.substring(6, 10)),
              Integer.parseInt(id.substring(10, 12)),
              Integer.parseInt(id.substring(12, 14)));
    } catch (DateTimeException e) {
      return false;
    }
    return !birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(exchangeDate);
  }

  /** The check character for the first 17 characters of a unified social credit code. */
  public static char usccCheckChar(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("Expected 17 characters, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = USCC_ALPHABET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException(
            "Character not allowed in a credit code at position " + (i + 1));
      }
      sum += v * USCC_WEIGHTS[i];
    }
    return USCC_ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** Whether {@code code} is a valid unified social credit code (GB 32100-2015). */
  public static boolean isValidUscc(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (USCC_ALPHABET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    for (int i = 2; i < 8; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return usccCheckChar(code.substring(0, 17)) == code.charAt(17);
  }
}
