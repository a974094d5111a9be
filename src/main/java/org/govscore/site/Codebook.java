package org.govscore.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.govscore.methodology.MethodologyRegistry;
import org.govscore.render.results.PeriodResults;
import org.govscore.render.text.Messages;
import org.govscore.render.text.Vocabulary;
import org.govscore.site.model.Pages.CodeList;
import org.govscore.site.model.Pages.CodebookColumn;
import org.govscore.site.model.Pages.CodebookTable;
import org.govscore.site.model.Pages.Definition;
import org.govscore.store.RankGroup;
import org.govscore.store.ScoreRecord;

/**
 * What every column of the downloads means: name, type (Frictionless Table Schema types), unit,
 * description and, for coded columns, the code list. One source for the codebook page (in each
 * language) and datapackage.json (in English), so the two cannot disagree.
 */
final class Codebook {
  /**
   * A column: its Table Schema type, unit key (site.codebook.unit.*, "" for none) and code list (""
   * for none).
   */
  record Column(String name, String type, String unit, String codeList) {}

  static final Map<String, List<Column>> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put(
        "scores",
        List.of(
            col("period", "string", "", "period"),
            col("unit_type", "string", "", "unit_type"),
            col("unit_code", "string", "", ""),
            col("unit_name", "string", "", ""),
            col("level", "string", "", "level"),
            col("rank_group", "string", "", "rank_group"),
            col("composite", "number", "scale", ""),
            col("grade", "string", "", "grade"),
            col("rank", "integer", "rank", ""),
            col("rank_p05", "integer", "rank", ""),
            col("rank_median", "number", "rank", ""),
            col("rank_p95", "integer", "rank", ""),
            col("quadrant", "string", "", "quadrant"),
            col("indicators_available", "integer", "count", ""),
            col("parent_region_code", "string", "", ""),
            col("group_ranked", "integer", "count", ""),
            col("previous_period", "string", "", "period"),
            col("composite_change", "number", "scale", "")));
    TABLES.put(
        "indicators",
        List.of(
            col("period", "string", "", "period"),
            col("unit_type", "string", "", "unit_type"),
            col("unit_code", "string", "", ""),
            col("indicator", "string", "", "indicator"),
            col("numerator", "number", "", ""),
            col("denominator", "number", "", ""),
            col("value", "number", "value", "")));
    TABLES.put(
        "checks",
        List.of(
            col("period", "string", "", "period"),
            col("unit_type", "string", "", "unit_type"),
            col("unit_code", "string", "", ""),
            col("check_id", "string", "", "check"),
            col("applicable", "integer", "count", ""),
            col("passed", "integer", "count", "")));
  }

  private static Column col(String name, String type, String unit, String codeList) {
    return new Column(name, type, unit, codeList);
  }

  static List<String> columns(String table) {
    return TABLES.get(table).stream().map(Column::name).toList();
  }

  private final SiteData data;
  private final Vocabulary words;
  private final Messages msg;

  Codebook(SiteData data, Vocabulary words) {
    this.data = data;
    this.words = words;
    this.msg = words.messages();
  }

  String description(String table, String column) {
    return msg.get("site.codebook." + table + "." + column);
  }

  String unit(Column c) {
    if (c.unit().isEmpty()) {
      return "";
    }
    return msg.format("site.codebook.unit." + c.unit(), fmtScale());
  }

  private String fmtScale() {
    double s = SiteData.scale(data.latest());
    return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
  }

  List<CodebookTable> tables() {
    List<CodebookTable> out = new ArrayList<>();
    TABLES.forEach(
        (table, columns) ->
            out.add(
                new CodebookTable(
                    table,
                    msg.get("site.codebook.table." + table),
                    columns.stream()
                        .map(
                            c ->
                                new CodebookColumn(
                                    c.name(),
                                    c.type(),
                                    unit(c),
                                    description(table, c.name()),
                                    c.codeList()))
                        .toList())));
    return out;
  }

  /**
   * The code lists, with every code that occurs in the store (and the published ones that do not).
   */
  Map<String, CodeList> codeLists() {
    Map<String, CodeList> out = new LinkedHashMap<>();
    out.put(
        "period",
        new CodeList(
            "period",
            msg.get("site.codebook.code.period"),
            data.periods().stream()
                .map(
                    p ->
                        new Definition(
                            p.period().label(),
                            p.period().label(),
                            msg.format(
                                "meta.periodRange",
                                p.period().start(),
                                p.period().end().minusDays(1))))
                .toList()));
    out.put("unit_type", list("unit_type", List.of("DEPARTMENT", "REGION"), words::unitType));
    out.put("level", list("level", List.of("PROVINCE", "CITY", "COUNTY"), words::level));
    List<Definition> grades = new ArrayList<>();
    var c = data.latest().manifest().methodology().composite();
    grades.add(
        new Definition(
            "VERY_HIGH",
            words.grade("VERY_HIGH"),
            msg.format("grade.rule.atLeast", c.gradeVeryHigh())));
    grades.add(
        new Definition(
            "HIGH", words.grade("HIGH"), msg.format("grade.rule.atLeast", c.gradeHigh())));
    grades.add(
        new Definition(
            "MEDIUM", words.grade("MEDIUM"), msg.format("grade.rule.atLeast", c.gradeMedium())));
    grades.add(
        new Definition("LOW", words.grade("LOW"), msg.format("grade.rule.below", c.gradeMedium())));
    grades.add(new Definition("", msg.get("site.codebook.empty"), msg.get("value.insufficient")));
    out.put("grade", new CodeList("grade", msg.get("site.codebook.code.grade"), grades));
    List<Definition> quadrants = new ArrayList<>();
    for (String q : List.of("COLLABORATIVE", "DATA_ISLAND", "STARVED", "SILOED", "UNCLASSIFIED")) {
      quadrants.add(
          new Definition(
              q,
              words.quadrant(q),
              msg.format(
                  "quadrant.rule." + q,
                  data.latest().manifest().parameter("quadrant.x"),
                  data.latest().manifest().parameter("quadrant.y"))));
    }
    out.put(
        "quadrant", new CodeList("quadrant", msg.get("site.codebook.code.quadrant"), quadrants));
    Set<String> indicators = new LinkedHashSet<>(MethodologyRegistry.indicatorIds());
    Set<String> checks = new LinkedHashSet<>();
    Set<String> groups = new LinkedHashSet<>();
    for (PeriodResults p : data.periods()) {
      indicators.addAll(p.manifest().methodology().indicators());
      p.indicators().values().forEach(m -> indicators.addAll(m.keySet()));
      p.checks().values().forEach(l -> l.forEach(r -> checks.add(r.checkId())));
      p.scores().forEach(s -> groups.add(s.rankGroup()));
    }
    out.put(
        "indicator",
        new CodeList(
            "indicator",
            msg.get("site.codebook.code.indicator"),
            indicators.stream()
                .map(id -> new Definition(id, words.indicator(id), words.indicatorDefinition(id)))
                .toList()));
    out.put(
        "check",
        new CodeList(
            "check",
            msg.get("site.codebook.code.check"),
            checks.stream()
                .sorted()
                .map(id -> new Definition(id, words.check(id), words.checkRule(id)))
                .toList()));
    out.put(
        "rank_group",
        new CodeList(
            "rank_group",
            msg.get("site.codebook.code.rank_group"),
            groups.stream()
                .map(RankGroup::parse)
                .sorted()
                .map(
                    g ->
                        new Definition(
                            g.id(),
                            g.id(),
                            g.ofRegions()
                                ? msg.format("site.group.levelShort", words.level(g.level()))
                                : msg.format("site.group.regionShort", regionName(g.regionCode()))))
                .toList()));
    return out;
  }

  private String regionName(String code) {
    return data.units().values().stream()
            .filter(u -> !u.isDepartment() && u.unitCode().equals(code))
            .map(ScoreRecord::displayName)
            .findFirst()
            .orElse(code)
        + " ("
        + code
        + ")";
  }

  private CodeList list(String id, List<String> codes, Function<String, String> name) {
    return new CodeList(
        id,
        msg.get("site.codebook.code." + id),
        codes.stream().map(code -> new Definition(code, name.apply(code), "")).toList());
  }
}
