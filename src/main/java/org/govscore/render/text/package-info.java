/**
 * Texts in both languages: messages, numbers, finding sentences, uncertainty wording.
 *
 * <p>May use: render.results, store, metrics (methodology ids), contract, config, base (enforced by
 * ArchitectureTest).
 */
package org.govscore.render.text;
