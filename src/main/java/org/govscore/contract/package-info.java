/**
 * The data contract: the datasets, their columns and types, and the identifier rules agencies
 * prepare their data against.
 *
 * <p>May use: config, base (enforced by ArchitectureTest).
 */
package org.govscore.contract;
