/**
 * Input validation: duplicates, typing, rules, conflicts, references, redaction of personal data,
 * rejects and the reject-share gate.
 *
 * <p>May use: input, metrics, spark, contract, config, base (enforced by ArchitectureTest).
 */
package org.govscore.validation;
