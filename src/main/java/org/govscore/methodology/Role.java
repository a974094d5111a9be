package org.govscore.methodology;

/** An indicator's role in v1: the four headline indicators are the default composite members. */
public enum Role {
  HEADLINE,
  SECONDARY
}
