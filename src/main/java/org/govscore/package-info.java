/**
 * The entry point of the launcher and of spark-submit ({@link org.govscore.Main}).
 *
 * <p>May use: cli (enforced by ArchitectureTest).
 */
package org.govscore;
