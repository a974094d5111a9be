package org.govscore.xes;

/** A row of departments.csv: the unit that performed an event (XES org:group). */
public record Department(String code, String name) {}
