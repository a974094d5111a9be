package org.govscore.generate;

/**
 * The header of one case, a pure function of (seed, case index): the case event maker turns it into
 * events and the exchange maker links the case's data requests to it without sharing state.
 */
final class CasePlan {
  static final String ONLINE = "ONLINE";
  static final String MOBILE = "MOBILE";
  static final String WINDOW = "WINDOW";
  static final String SELF_SERVICE = "SELF_SERVICE";
  static final String POST = "POST";

  long index;
  String caseId;
  int period;

  /** Catalogued item index, or -1 when the case names an uncatalogued item. */
  int item;

  String itemCode;

  /** The department handling it: the item's owner. */
  int owner;

  /** The first case of its item in its period, planted to fix the item's status. */
  boolean coverage;

  /** Null when the log lacks it. */
  String channel;

  long startMillis;
  String applicantId;
  Conduct conduct;

  boolean online() {
    return ONLINE.equals(channel) || MOBILE.equals(channel);
  }

  /** Case ids from the index: SL (受理) and ten digits. */
  static String caseId(long index) {
    return "SL" + CatalogueBuilder.pad10(index);
  }
}
