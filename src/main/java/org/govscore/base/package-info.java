/**
 * The domain exception with its kind ({@link org.govscore.base.GovscoreException}), the progress
 * listener interface and the engine version: what every layer may use.
 *
 * <p>May use: nothing in govscore (enforced by ArchitectureTest).
 */
package org.govscore.base;
