/**
 * The evaluate job: validation, indicators, scores and findings in order, written to the results
 * store; trend refresh of later periods.
 *
 * <p>May use: validation, input, metrics, methodology, scoring, store, spark, contract, config,
 * base (enforced by ArchitectureTest).
 */
package org.govscore.pipeline;
