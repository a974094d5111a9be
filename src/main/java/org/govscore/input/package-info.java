/**
 * Reading input datasets (CSV, JSON lines, Parquet) into typed frames, with the text checks that
 * keep every row accounted for.
 *
 * <p>May use: contract, config, base (enforced by ArchitectureTest).
 */
package org.govscore.input;
