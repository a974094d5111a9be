/**
 * The public site and open data (`publish`).
 *
 * <p>May use: render, store, metrics, methodology, config, base (enforced by ArchitectureTest).
 */
package org.govscore.site;
