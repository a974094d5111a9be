/**
 * The public site and open data (`publish`).
 *
 * <p>May use: render, store, methodology, contract, config, base (enforced by ArchitectureTest).
 */
package org.govscore.site;
