package org.govscore.report.model;

/**
 * A unit as other pages point to it: {@code href} is its page, {@code anchor} its section in the
 * single-file print version.
 */
public record UnitLink(String name, String code, String type, String href, String anchor) {}
