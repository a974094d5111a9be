/**
 * The base every layer may use: the domain's exception ({@link org.govscore.base.GovscoreException}
 * with its kind), the progress listener interface and the engine version. It depends on nothing
 * else in govscore.
 */
package org.govscore.base;
