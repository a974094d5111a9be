package org.govscore.methodology;

/**
 * A kind of finding: its code, its label in both languages (null where none was ever given: the
 * report then shows the code) and what it reports, in words.
 */
public record FindingKind(String id, Text label, String meaning) {}
