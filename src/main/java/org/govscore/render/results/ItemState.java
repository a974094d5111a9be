package org.govscore.render.results;

/** A row of item_status: how a catalogued service item was evidenced in the period. */
public record ItemState(
    String itemCode,
    String deptCode,
    String status,
    long onlineCases,
    long allCases,
    boolean undeclaredOnline) {}
