/**
 * Outcome indicators: definitions, baselines, targets, observations disaggregated by sex, and the SDK's reference catalogue.
 *
 * <p>All types are immutable and thread-safe; methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.core.indicator;

import org.kdk.core.style.KdkStyle;
