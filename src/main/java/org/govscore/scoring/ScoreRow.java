package org.govscore.scoring;

/** A row of the scores table; composite, grade, ranks are null for insufficient data. */
public record ScoreRow(
    String unitType,
    String unitCode,
    String unitName,
    String level,
    String rankGroup,
    Double composite,
    String grade,
    Integer rank,
    Integer rankP05,
    Double rankMedian,
    Integer rankP95,
    String quadrant,
    int indicatorsAvailable) {}
