package org.govscore.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govscore.config.CompositeNormalization;
import org.govscore.config.Parameters;
import org.govscore.metrics.Check;
import org.govscore.metrics.ExternalIndicators;
import org.govscore.metrics.Methodology;

/**
 * The manifest's {@code methodology} block, in the form render/results/Manifest parses: the
 * indicators and checks the run published and the composite it computed, so that report and site
 * render an old period as it was computed, whatever the code or the job file says later.
 */
final class RunMethodology {
  private RunMethodology() {}

  static Map<String, Object> of(
      Parameters p, Methodology methodology, ExternalIndicators external) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<String> indicators = new ArrayList<>(Methodology.INDICATOR_IDS);
    external.published().forEach(e -> indicators.add(e.id()));
    m.put("indicators", indicators);
    m.put("checks", methodology.checks().stream().map(Check::id).toList());
    Map<String, Object> composite = new LinkedHashMap<>();
    composite.put("members", p.compositeMembers());
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String id : p.compositeMembers()) {
      weights.put(id, p.weight(id));
    }
    composite.put("weights", weights);
    composite.put("normalization", p.normalization().name());
    composite.put("aggregation", p.aggregation().name());
    composite.put("scale", p.compositeScale());
    composite.put("decimals", p.rankingDecimals());
    composite.put("min_indicators", p.rankingMinIndicators());
    // targets in force: the members', under TARGET only (a target for a non-member is ignored)
    Map<String, Double> targets = new LinkedHashMap<>();
    if (p.normalization() == CompositeNormalization.TARGET) {
      p.compositeMembers().forEach(id -> targets.put(id, p.target(id)));
    }
    composite.put("targets", targets);
    Map<String, Double> grades = new LinkedHashMap<>();
    grades.put("very_high", p.gradeVeryHigh());
    grades.put("high", p.gradeHigh());
    grades.put("medium", p.gradeMedium());
    composite.put("grades", grades);
    m.put("composite", composite);
    List<Map<String, String>> ext = new ArrayList<>();
    for (ExternalIndicators.Published e : external.published()) {
      Map<String, String> one = new LinkedHashMap<>();
      one.put("id", e.id());
      one.put("name", e.name());
      one.put("source", e.source());
      ext.add(one);
    }
    m.put("external", ext);
    return m;
  }
}
