/**
 * The composite index, grades, ranks with their intervals, quadrants and findings.
 *
 * <p>May use: metrics, methodology, config, base (enforced by ArchitectureTest).
 */
package org.govscore.scoring;
