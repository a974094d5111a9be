package org.govscore.metrics;

/** Column names of the source row sets that {@link SourceFrames} builds and metrics read. */
final class SourceColumns {
  // EXCHANGES
  static final String NETWORK = "network";
  static final String SUBJECT_TYPE = "subject_type";
  static final String SUBJECT_ID_VALID = "subject_id_valid";
  static final String STATUS = "status";
  static final String CATALOGUED = "catalogued";
  static final String CAT_PROVIDER = "cat_provider";
  static final String CAT_STANDARD = "cat_standard";
  static final String STANDARD_CODE = "standard_code";
  static final String PROVIDER = "provider_dept_code";
  static final String CROSS = "cross_dept";
  static final String SUCCESS = "success";
  // CASES
  static final String ITEM_CATALOGUED = "item_catalogued";
  static final String ONLINE = "online";
  static final String HAS_CHANNEL = "has_channel";
  static final String VISITS = "visits";
  static final String HANDOVER = "handover";
  static final String OTR_APPLICABLE = "otr_applicable";
  static final String ON_TIME = "on_time";
  static final String CROSS_CASE = "cross_case";
  static final String BCR_SCORE = "bcr_score";
  static final String FULLY = "fully_collaborative";

  /**
   * Whether some accepted rating (any time, level or rated department) carries the case's ID (RCR).
   */
  static final String RATED_CASE = "rated_case";

  // RATINGS
  static final String GOOD_RATING = "good_rating";
  static final String BAD_RATING = "bad_rating";
  static final String RECTIFIED_IN_TIME = "rectified_in_time";
  static final String RATING_LEVEL = "rating_level";
  // ITEMS
  static final String ITEM_STATUS = "status";
  static final String STATUTORY = "statutory_days";
  static final String PROMISED = "promised_days";
  static final String HAS_REQUIREMENTS = "has_requirements";
  static final String REQUIREMENTS_CATALOGUED = "requirements_catalogued";
  // RESOURCES
  static final String RESOURCE_STATUS = "status";
  static final String SHARE_TYPE = "share_type";
  static final String LEGAL_BASIS = "legal_basis";

  private SourceColumns() {}
}
