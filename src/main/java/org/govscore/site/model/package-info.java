/**
 * Typed models (records) the site templates read.
 *
 * <p>May use: nothing in govscore (enforced by ArchitectureTest).
 */
package org.govscore.site.model;
