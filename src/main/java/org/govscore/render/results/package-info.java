/**
 * Loading one period (and its predecessors) from the results store into typed models for report and
 * site.
 *
 * <p>May use: store, contract, config, base (enforced by ArchitectureTest).
 */
package org.govscore.render.results;
