/**
 * The shared vocabulary of the methodology: one registry of every indicator, check, finding kind,
 * grade and parameter text, with names and definitions in both languages, units, directions and
 * dataset needs; and the generated methodology document.
 *
 * <p>May use: config, base (enforced by ArchitectureTest).
 */
package org.govscore.methodology;
