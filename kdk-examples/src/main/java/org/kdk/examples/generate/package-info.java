/**
 * A deterministic generator of a synthetic national dataset — every province and municipality of Türkiye with
 * mechanisms, a plan, indicators and quarterly observations — for benchmarks and teaching.
 */
package org.kdk.examples.generate;
