/**
 * Importing XES event logs (`import-xes`) into case events and catalogues.
 *
 * <p>May use: contract, config, base (enforced by ArchitectureTest).
 */
package org.govscore.xes;
