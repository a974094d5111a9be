package org.govscore.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govscore.config.CompositeNormalization;
import org.govscore.config.Parameters;
import org.govscore.metrics.Check;
import org.govscore.metrics.ExternalIndicators;
import org.govscore.metrics.Methodology;
import org.govscore.store.Manifest;

/**
 * The manifest's {@code methodology} block: the indicators and checks the run published and the
 * composite it computed, so that report and site render an old period as it was computed, whatever
 * the code or the job file says later.
 */
final class RunMethodology {
  private RunMethodology() {}

  static Manifest.MethodologyInForce of(
      Parameters p, Methodology methodology, ExternalIndicators external) {
    List<String> indicators = new ArrayList<>(Methodology.INDICATOR_IDS);
    external.published().forEach(e -> indicators.add(e.id()));
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String id : p.compositeMembers()) {
      weights.put(id, p.weight(id));
    }
    // targets in force: the members', under TARGET only (a target for a non-member is ignored)
    Map<String, Double> targets = new LinkedHashMap<>();
    if (p.normalization() == CompositeNormalization.TARGET) {
      p.compositeMembers().forEach(id -> targets.put(id, p.target(id)));
    }
    Manifest.Composite composite =
        new Manifest.Composite(
            List.copyOf(p.compositeMembers()),
            Collections.unmodifiableMap(weights),
            p.normalization().name(),
            p.aggregation().name(),
            p.compositeScale(),
            p.rankingDecimals(),
            p.rankingMinIndicators(),
            Collections.unmodifiableMap(targets),
            p.gradeVeryHigh(),
            p.gradeHigh(),
            p.gradeMedium());
    return new Manifest.MethodologyInForce(
        List.copyOf(indicators),
        methodology.checks().stream().map(Check::id).toList(),
        composite,
        external.published().stream()
            .map(e -> new Manifest.ExternalIndicator(e.id(), e.name(), e.source()))
            .toList());
  }
}
