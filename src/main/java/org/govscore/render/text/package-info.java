/**
 * Texts in both languages: messages, numbers, finding sentences, uncertainty wording.
 *
 * <p>May use: render.results, scoring, metrics, methodology, config, base (enforced by
 * ArchitectureTest).
 */
package org.govscore.render.text;
