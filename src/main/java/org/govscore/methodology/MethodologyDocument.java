package org.govscore.methodology;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govscore.config.CompositeAggregation;
import org.govscore.config.CompositeNormalization;
import org.govscore.config.Parameters;

/**
 * {@code docs/methodology.md}: every indicator, check, grade, finding kind and parameter with its
 * default, written from the registry and the parameter defaults, so the page agencies read cannot
 * drift from what the engine computes. The choices where the specification is silent are the
 * README's own section, passed in, so they too have one source.
 */
public final class MethodologyDocument {
  /** Where the document lives in the repository. */
  public static final String PATH = "docs/methodology.md";

  /**
   * How to regenerate it (MethodologyDocumentTest fails with this when file and registry drift).
   */
  public static final String REGENERATE =
      "mvn -B -ntp -q test -Dtest=MethodologyDocumentTest -Dmethodology.regenerate=true";

  private MethodologyDocument() {}

  /**
   * The document's Markdown.
   *
   * @param choices the body of README's "Methodology choices where the specification is silent"
   *     section (its bullet list), reproduced as it is
   */
  public static String markdown(String choices) {
    Map<String, String> defaults = Parameters.defaultsOnly().asMap();
    StringBuilder md = new StringBuilder();
    md.append("# Methodology of govscore\n\n")
        .append("<!-- Generated from the methodology registry (")
        .append("org.govscore.methodology.MethodologyRegistry), the parameter defaults (")
        .append("org.govscore.config.Parameters) and README.md's methodology choices. ")
        .append("Do not edit by hand; regenerate with: ")
        .append(REGENERATE)
        .append(" -->\n\n")
        .append(
            "The engine's methodology as it computes it, for agencies preparing their data and for"
                + " readers checking a ranking. It implements version 2 of the evaluation methodology"
                + "; with every default, results are version 1's. Every indicator is published with"
                + " its numerator and denominator; a value whose denominator is 0 is N/A (null),"
                + " never 0; a region pools the numerators and denominators of the departments in"
                + " it and its descendant regions. When a dataset an indicator needs is absent,"
                + " the indicator is N/A for every unit.\n\n");
    indicators(md);
    checks(md);
    composite(md, defaults);
    grades(md, defaults);
    ranks(md, defaults);
    findings(md);
    parameters(md, defaults);
    md.append("## Choices where the specification is silent\n\n").append(choices.strip());
    md.append("\n");
    return md.toString();
  }

  private static void indicators(StringBuilder md) {
    md.append("## Indicators\n\n")
        .append(
            "In published order. Headline indicators are the default members of the composite;"
                + " the others are reported and become members only when `composite.members` names"
                + " them. Indicators measured outside the logs (the `external_indicators` dataset)"
                + " are published with the name and source their rows give.\n\n")
        .append("| id | name | 名称 | definition | unit | direction | needs | role |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (IndicatorEntry i : MethodologyRegistry.indicators()) {
      row(
          md,
          "`" + i.id() + "`",
          i.name().en(),
          i.name().zh(),
          i.definition().en(),
          i.unit().words(),
          i.direction().words(),
          i.needs().isEmpty() ? "the datasets of its applicable checks" : needs(i.needs()),
          i.headline() ? "headline" : "secondary");
    }
    md.append("\n");
  }

  private static void checks(StringBuilder md) {
    md.append("## Compliance checks (the SCR)\n\n")
        .append(
            "A check yields, per department, an applicable count a and a passed count p. SCR is"
                + " the mean of p/a over the checks with a > 0 (each check one vote); a region sums"
                + " a and p per check first. A check with a = 0 for a unit writes no row.\n\n")
        .append("| id | name | 名称 | passes when | applies to | owner | needs |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (CheckEntry c : MethodologyRegistry.checks()) {
      row(
          md,
          "`" + c.id() + "`",
          c.name().en(),
          c.name().zh(),
          c.rule().en(),
          c.appliesTo(),
          c.owner(),
          needs(c.needs()));
    }
    md.append("\n");
  }

  private static void composite(StringBuilder md, Map<String, String> defaults) {
    List<String> members = Parameters.defaultsOnly().compositeMembers();
    md.append("## Composite index\n\n")
        .append(
            "Each member is normalized within its rank group over the units that have it (N/A"
                + " stays N/A), then aggregated over the members a unit has. A unit with fewer"
                + " than `ranking.min_indicators` available members gets no composite and no"
                + " rank (insufficient data). Each wrong setting is a usage error naming the key"
                + " and the value.\n\n")
        .append("| parameter | default | options |\n")
        .append("|---|---|---|\n");
    row(
        md,
        "`" + Parameters.COMPOSITE_MEMBERS + "`",
        "`" + defaults.get(Parameters.COMPOSITE_MEMBERS) + "` (the headline indicators)",
        "comma-separated indicator ids, each once: built-in ("
            + String.join(", ", MethodologyRegistry.indicatorIds())
            + ") or external");
    row(
        md,
        "`" + Parameters.WEIGHTS_PREFIX + "<ID>`",
        "1/number of members ("
            + members.stream()
                .map(m -> m + " " + defaults.get(Parameters.WEIGHTS_PREFIX + m))
                .collect(Collectors.joining(", "))
            + ")",
        "> 0, members only; a weight not set is 1/number of members");
    row(
        md,
        "`" + Parameters.COMPOSITE_NORMALIZATION + "`",
        "`" + defaults.get(Parameters.COMPOSITE_NORMALIZATION) + "`",
        names(CompositeNormalization.values())
            + ": NONE the value itself; MIN_MAX (x - min) / (max - min), 1 when max = min; TARGET"
            + " min(x / `targets.<ID>`, 1); Z_SCORE (x - mean) / population sd (z = 0 when every"
            + " unit has the same value, whatever rounding the mean carries), the aggregate"
            + " rescaled min-max within the group (1 when max = min)");
    row(
        md,
        "`" + Parameters.TARGETS_PREFIX + "<ID>`",
        "none",
        "> 0 for every member under TARGET; ignored for a non-member");
    row(
        md,
        "`" + Parameters.COMPOSITE_AGGREGATION + "`",
        "`" + defaults.get(Parameters.COMPOSITE_AGGREGATION) + "`",
        names(CompositeAggregation.values())
            + ": ARITHMETIC scale * sum(w N) / sum(w); GEOMETRIC scale * prod(N ^ (w / sum(w))),"
            + " not with Z_SCORE");
    row(
        md,
        "`" + Parameters.COMPOSITE_SCALE + "`",
        "`" + defaults.get(Parameters.COMPOSITE_SCALE) + "`",
        "> 0; grade thresholds are on this scale");
    row(
        md,
        "`" + Parameters.RANKING_MIN_INDICATORS + "`",
        "`" + defaults.get(Parameters.RANKING_MIN_INDICATORS) + "`",
        "an integer from 0 to the number of members");
    row(
        md,
        "`" + Parameters.RANKING_DECIMALS + "`",
        "`" + defaults.get(Parameters.RANKING_DECIMALS) + "`",
        "0..15: the decimals of the composite that ranks compare");
    md.append("\n");
  }

  private static void grades(StringBuilder md, Map<String, String> defaults) {
    md.append("## Grades\n\n")
        .append("From the unrounded composite, on the composite's scale; thresholds descend.\n\n")
        .append("| grade | name | 名称 | composite |\n")
        .append("|---|---|---|---|\n");
    String previousKey = null;
    for (GradeEntry g : MethodologyRegistry.grades()) {
      String rule =
          g.thresholdKey() != null
              ? "at least `" + g.thresholdKey() + "` (" + defaults.get(g.thresholdKey()) + ")"
              : "below `" + previousKey + "` (" + defaults.get(previousKey) + ")";
      row(md, "`" + g.code() + "`", g.label().en(), g.label().zh(), rule);
      previousKey = g.thresholdKey();
    }
    md.append("\n");
  }

  private static void ranks(StringBuilder md, Map<String, String> defaults) {
    md.append("## Ranks and rank intervals\n\n")
        .append(
            "Departments of one region compete with each other; regions of one level compete with"
                + " each other. Competition ranking (1, 2, 2, 4) on the composite rounded half-up"
                + " to `ranking.decimals` ("
                + defaults.get(Parameters.RANKING_DECIMALS)
                + ") decimals. Units without a composite have no rank, grade or interval.\n\n")
        .append(
            "Rank intervals: `uncertainty.draws` ("
                + defaults.get(Parameters.UNCERTAINTY_DRAWS)
                + ") Monte Carlo draws from `uncertainty.seed` ("
                + defaults.get(Parameters.UNCERTAINTY_SEED)
                + "); in each draw every member's weight, in members order, is multiplied by an"
                + " independent U(0.75, 1.25) factor, then `credit.no_demand` is drawn from U(0, 1)"
                + " (it moves SIR and RSR); the whole group is re-normalized, re-scored and"
                + " re-ranked. Published: rank_p05, rank_median and rank_p95, nearest-rank"
                + " percentiles of the unit's ranks over the draws.\n\n")
        .append(
            "Quadrant: x = RSR, y = BCR with thresholds `quadrant.x` ("
                + defaults.get(Parameters.QUADRANT_X)
                + ") and `quadrant.y` ("
                + defaults.get(Parameters.QUADRANT_Y)
                + "): COLLABORATIVE (both at least), DATA_ISLAND (x at least, y below), STARVED"
                + " (x below, y at least), SILOED (both below), UNCLASSIFIED (either N/A).\n\n");
  }

  private static void findings(StringBuilder md) {
    md.append("## Findings\n\n")
        .append("Per department and period, the evidence behind a weak score.\n\n")
        .append("| kind | name | 名称 | reports |\n")
        .append("|---|---|---|---|\n");
    for (FindingKind f : MethodologyRegistry.findingKinds()) {
      row(
          md,
          "`" + f.id() + "`",
          f.label() == null ? "(shown as its code)" : f.label().en(),
          f.label() == null ? "" : f.label().zh(),
          f.meaning());
    }
    md.append("\n");
  }

  private static void parameters(StringBuilder md, Map<String, String> defaults) {
    md.append("## Parameters and their defaults\n\n")
        .append(
            "Set in the job file; the manifest of every period records those in force, and the"
                + " methodology pages of report and site print them. The composite's parameters"
                + " are explained above.\n\n")
        .append("| parameter | default | meaning | 含义 |\n")
        .append("|---|---|---|---|\n");
    for (Map.Entry<String, String> p : defaults.entrySet()) {
      var text = MethodologyRegistry.findParameterText(p.getKey());
      row(
          md,
          "`" + p.getKey() + "`",
          p.getValue().isEmpty() ? "(none)" : "`" + p.getValue() + "`",
          text.map(t -> t.description().en()).orElse(""),
          text.map(t -> t.description().zh()).orElse(""));
    }
    md.append("\n");
  }

  private static String needs(List<Dataset> needs) {
    return needs.stream().map(d -> "`" + d.datasetName() + "`").collect(Collectors.joining(", "));
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static void row(StringBuilder md, String... cells) {
    md.append("|");
    for (String c : cells) {
      md.append(" ").append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
    }
    md.append("\n");
  }
}
