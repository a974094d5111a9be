/**
 * The results store: its tables, the atomic per-period commit and the readers.
 *
 * <p>May use: config, base (enforced by ArchitectureTest).
 */
package org.govscore.store;
