/**
 * The composite index, grades, ranks with their intervals, quadrants and findings.
 *
 * <p>May use: metrics, methodology, contract, config, base (enforced by ArchitectureTest).
 */
package org.govscore.scoring;
