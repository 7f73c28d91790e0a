/**
 * Indicator progress: how far each indicator has come from its baseline towards its targets, with a status,
 * the women/men gap and the trend, and the pooling of percentages through their numerators and denominators.
 *
 * <p>All types are immutable and thread-safe; methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.reporting.progress;

import org.kdk.core.style.KdkStyle;
