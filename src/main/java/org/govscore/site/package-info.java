/**
 * The public site and open data (`publish`).
 *
 * <p>May use: render, store, metrics (the methodology's declarations only), contract, config, base
 * (enforced by ArchitectureTest).
 */
package org.govscore.site;
