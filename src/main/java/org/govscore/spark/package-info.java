/**
 * Spark session settings (master, time zone, choices by input size), and frames of rows the driver
 * holds.
 *
 * <p>May use: base (enforced by ArchitectureTest).
 */
package org.govscore.spark;
