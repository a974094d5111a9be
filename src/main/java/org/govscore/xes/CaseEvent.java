package org.govscore.xes;

import java.util.List;

/** One row of case_events, columns in contract order; empty strings stand for null. */
record CaseEvent(
    String caseId,
    String ts,
    String activity,
    String deptCode,
    String itemCode,
    String channel,
    String applicantId) {

  List<String> fields() {
    return List.of(caseId, ts, activity, deptCode, itemCode, channel, applicantId);
  }
}
