package org.govscore.render.results;

/** A row of resource_status: how a catalogued data resource was shared in the period. */
public record ResourceState(
    String resourceCode,
    String providerDeptCode,
    String shareType,
    String status,
    long requests,
    long successes) {}
