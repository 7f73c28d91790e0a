/**
 * Disclosure control: withholding the small counts of sensitive indicators (violence against women) from every
 * report, so that no woman can be identified from a published figure.
 *
 * <p>All types are immutable and thread-safe; methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.reporting.disclosure;

import org.kdk.core.style.KdkStyle;
