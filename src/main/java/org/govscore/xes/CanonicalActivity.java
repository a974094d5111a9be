package org.govscore.xes;

import java.util.Arrays;
import java.util.List;

/** The activity names case_events indicators understand (docs/data-contract.md, case_events). */
public enum CanonicalActivity {
  SUBMIT,
  ACCEPT,
  REVIEW,
  SUPPLEMENT,
  VISIT,
  APPROVE,
  REJECT,
  DELIVER,
  WITHDRAW;

  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
