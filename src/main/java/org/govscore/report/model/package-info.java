/**
 * Typed models (records) the report templates read.
 *
 * <p>May use: nothing in govscore (enforced by ArchitectureTest).
 */
package org.govscore.report.model;
