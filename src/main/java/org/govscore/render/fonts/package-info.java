/**
 * Finding a font that shows Chinese, for charts and PDF.
 *
 * <p>May use: base (enforced by ArchitectureTest).
 */
package org.govscore.render.fonts;
