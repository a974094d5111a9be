/**
 * JFreeChart charts of the report (headless, CJK labels).
 *
 * <p>May use: render.fonts, base (enforced by ArchitectureTest).
 */
package org.govscore.render.charts;
