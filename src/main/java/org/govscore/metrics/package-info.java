/**
 * Indicators and checks of the methodology, each a small class declaring its aggregations, and the
 * runner that computes all aggregations over the same data in one pass.
 *
 * <p>May use: methodology, spark, contract, config, base (enforced by ArchitectureTest).
 */
package org.govscore.metrics;
