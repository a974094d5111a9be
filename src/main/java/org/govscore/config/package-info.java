/**
 * The typed configuration of a run: the job file, the methodology parameters with their keys and
 * defaults, the period and its calendar.
 *
 * <p>May use: base (enforced by ArchitectureTest).
 */
package org.govscore.config;
