/**
 * The results store: one record and one codec per table (the only place the columns are named), the
 * typed manifest and its JSON form, and the store interface with its Parquet implementation (atomic
 * per-period commit, crash recovery) and an in-memory one for tests.
 *
 * <p>May use: spark, contract, config, base (enforced by ArchitectureTest).
 */
package org.govscore.store;
