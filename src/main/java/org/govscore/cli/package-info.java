/**
 * The command layer: picocli commands, flags and job files parsed once into typed settings, the
 * console, and the one place where a {@link org.govscore.base.GovscoreException} kind becomes an
 * exit code.
 *
 * <p>May use: every package; nothing imports it (enforced by ArchitectureTest).
 */
package org.govscore.cli;
