/**
 * The leadership report (`report`): HTML and PDF, full and leadership editions, in zh-CN and en.
 *
 * <p>May use: render, store, methodology, contract, config, base (enforced by ArchitectureTest).
 */
package org.govscore.report;
