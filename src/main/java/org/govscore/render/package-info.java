/**
 * What report and site share: FreeMarker templates with HTML auto-escaping and asset copying.
 *
 * <p>May use: store, methodology, contract, config, base (enforced by ArchitectureTest).
 */
package org.govscore.render;
