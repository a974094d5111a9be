package org.govscore.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govscore.contract.UnitKey;
import org.govscore.render.SafeFileNames;
import org.govscore.report.model.UnitLink;
import org.govscore.store.RankGroup;
import org.govscore.store.ScoreRecord;

/**
 * Where every page of the report lives: safe, unique file names for units and groups, assigned in a
 * fixed order so the same store always gives the same names.
 */
final class UnitDirectory {
  static final String INDEX = "index.html";
  static final String QUALITY = "quality.html";
  static final String METHODOLOGY = "methodology.html";
  static final String CHARTS = "charts";
  static final String ASSETS = "assets";

  private final SafeFileNames names = new SafeFileNames();

  UnitDirectory(List<ScoreRecord> scores) {
    // Allocate in code order: which code gets a longer hash never depends on the order rows were
    // read.
    List<ScoreRecord> sorted = new ArrayList<>(scores);
    sorted.sort(Comparator.comparing(ScoreRecord::unitType).thenComparing(ScoreRecord::unitCode));
    sorted.forEach(s -> pageName(s.key()));
    sorted.stream()
        .map(s -> RankGroup.parse(s.rankGroup()))
        .distinct()
        .sorted()
        .forEach(this::groupName);
  }

  String pageName(UnitKey unit) {
    return names.name(
        UnitKey.DEPARTMENT.equals(unit.unitType()) ? "dept" : "region", unit.unitCode());
  }

  String groupName(RankGroup group) {
    return names.name(group.ofRegions() ? "regions" : "depts", group.qualifier());
  }

  String unitHref(UnitKey unit) {
    return pageName(unit) + ".html";
  }

  String groupHref(RankGroup group) {
    return groupName(group) + ".html";
  }

  UnitLink link(ScoreRecord s) {
    return new UnitLink(
        s.displayName(), s.unitCode(), s.unitType(), unitHref(s.key()), pageName(s.key()));
  }

  /** A chart file's path relative to the pages, e.g. {@code charts/dept-D1-radar.png}. */
  String chart(String pageName, String kind) {
    return CHARTS + "/" + pageName + "-" + kind + ".png";
  }
}
