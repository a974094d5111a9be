package org.govscore.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govscore.config.Parameters;
import org.govscore.methodology.GradeEntry;
import org.govscore.methodology.MethodologyRegistry;
import org.govscore.render.charts.QuadrantChart;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.render.text.Vocabulary;
import org.govscore.report.model.MethodologySection;
import org.govscore.report.model.MethodologySection.Definition;
import org.govscore.report.model.MethodologySection.InputRow;
import org.govscore.report.model.MethodologySection.ParameterRow;
import org.govscore.store.Manifest;

/**
 * The methodology as applied: the parameters in force come from the manifest, not from defaults.
 */
final class MethodologySections {
  private final Vocabulary words;
  private final Messages msg;
  private final Formats fmt;
  private final ReportData data;
  private final DatasetNeeds needs;

  MethodologySections(Vocabulary words, Formats fmt, ReportData data, DatasetNeeds needs) {
    this.words = words;
    this.msg = words.messages();
    this.fmt = fmt;
    this.data = data;
    this.needs = needs;
  }

  MethodologySection build() {
    Manifest m = data.current().manifest();
    List<ParameterRow> params = new ArrayList<>();
    for (Map.Entry<String, String> e : m.parameters().entrySet()) {
      params.add(
          new ParameterRow(e.getKey(), fmt.parameter(e.getValue()), words.parameter(e.getKey())));
    }
    List<Definition> headline = new ArrayList<>();
    List<Definition> secondary = new ArrayList<>();
    Manifest.Composite c = m.methodology().composite();
    for (String id : c.members()) {
      headline.add(new Definition(id, words.indicator(id), words.indicatorDefinition(id)));
    }
    Set<String> others = new LinkedHashSet<>(MethodologyRegistry.indicatorIds());
    others.addAll(m.methodology().indicators());
    others.removeAll(c.members());
    for (String id : others) {
      secondary.add(new Definition(id, words.indicator(id), words.indicatorDefinition(id)));
    }
    List<String> weights =
        c.members().stream()
            .map(
                id ->
                    msg.format(
                        "methodology.weight", id, fmt.percent(c.weights().getOrDefault(id, 0.0))))
            .toList();
    String composite =
        msg.format(
            "methodology.compositeInForce",
            String.join(msg.get("list.separator"), weights),
            c.normalization(),
            c.aggregation(),
            fmt.parameter(String.valueOf(c.scale())),
            String.valueOf(c.decimals()),
            String.valueOf(c.minIndicators()));
    List<Definition> checks =
        needs.checkIds().stream()
            .map(id -> new Definition(id, words.check(id), words.checkRule(id)))
            .toList();
    // Each grade from its threshold in force; the lowest is what falls below the one above it.
    List<Definition> grades = new ArrayList<>();
    String above = null;
    for (GradeEntry g : MethodologyRegistry.grades()) {
      grades.add(
          new Definition(
              g.code(),
              words.grade(g.code()),
              g.thresholdKey() != null
                  ? msg.format("grade.rule.atLeast", m.parameter(g.thresholdKey()))
                  : msg.format("grade.rule.below", m.parameter(above))));
      above = g.thresholdKey();
    }
    String tx = m.parameter(Parameters.QUADRANT_X);
    String ty = m.parameter(Parameters.QUADRANT_Y);
    List<Definition> quadrants = new ArrayList<>();
    for (String q : QuadrantChart.CLASSES) {
      quadrants.add(new Definition(q, words.quadrant(q), msg.format("quadrant.rule." + q, tx, ty)));
    }
    quadrants.add(
        new Definition(
            "UNCLASSIFIED", words.quadrant("UNCLASSIFIED"), msg.get("quadrant.rule.UNCLASSIFIED")));
    List<InputRow> inputs =
        m.inputs().stream()
            .map(
                i ->
                    new InputRow(
                        words.dataset(i.dataset()),
                        i.format(),
                        msg.format("unit.bytes", fmt.count(i.size())),
                        i.sha256()))
            .toList();
    return new MethodologySection(
        params,
        headline,
        secondary,
        checks,
        grades,
        quadrants,
        inputs,
        m.engineVersion(),
        fmt.dateTime(m.started()),
        fmt.dateTime(m.finished()),
        composite);
  }
}
