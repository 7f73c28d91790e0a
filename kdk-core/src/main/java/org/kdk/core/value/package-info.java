/**
 * Small value types shared by the whole model: identifiers, money, date ranges, reporting periods and
 * bilingual text, plus the invariant check every value type uses.
 *
 * <p>All types are immutable and thread-safe. Methods reject {@code null} arguments with a
 * {@link java.lang.NullPointerException} naming the parameter.
 */
@KdkStyle
package org.kdk.core.value;

import org.kdk.core.style.KdkStyle;
