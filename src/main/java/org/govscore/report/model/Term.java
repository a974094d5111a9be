package org.govscore.report.model;

/** An abbreviation or code with its name in the reader's language. */
public record Term(String id, String name) {}
