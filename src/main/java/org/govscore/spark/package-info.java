/**
 * Spark session settings: master, time zone, and choices by input size.
 *
 * <p>May use: base (enforced by ArchitectureTest).
 */
package org.govscore.spark;
