/**
 * Başarım ölçümleri — the JMH benchmarks of issue 6, B1 to B5, each beside the baseline a user would pick
 * instead, at scale 1 and 4 of the synthetic national dataset. Compiled only with the Maven profile
 * {@code bench} and run by {@code kdk-examples/bench}; {@link org.kdk.examples.bench.Summary} turns JMH's JSON
 * result into {@code RATIO} lines.
 */
package org.kdk.examples.bench;
