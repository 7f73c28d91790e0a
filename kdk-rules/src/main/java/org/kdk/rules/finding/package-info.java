/**
 * Findings and the validation report: what a rule found, where, why it matters and how to fix it, in Turkish and
 * English.
 *
 * <p>All types are immutable and thread-safe; methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.rules.finding;

import org.kdk.core.style.KdkStyle;
