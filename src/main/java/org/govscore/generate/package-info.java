/**
 * The synthetic data generator (`generate`): realistic catalogues and logs at any scale with
 * planted patterns.
 *
 * <p>May use: contract, config, base (enforced by ArchitectureTest).
 */
package org.govscore.generate;
