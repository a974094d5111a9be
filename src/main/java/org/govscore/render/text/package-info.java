/**
 * Texts in both languages: messages, numbers, finding sentences, uncertainty wording.
 *
 * <p>May use: render.results, store, methodology, contract, config, base (enforced by
 * ArchitectureTest).
 */
package org.govscore.render.text;
