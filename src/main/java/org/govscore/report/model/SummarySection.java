package org.govscore.report.model;

import java.util.List;

/** The executive summary, written from the data: plain sentences, grouped by topic. */
public record SummarySection(
    List<String> overview, List<String> leaders, List<String> behind, List<String> movement, List<String> dataGaps) {}
