package org.govscore.methodology;

/** The description of a methodology parameter (its default lives with the parameter itself). */
public record ParameterText(String key, Text description) {}
