/**
 * Administrative Türkiye: the 81 provinces, municipalities, neighbourhoods, institutions, and the law calendar
 * that says which local bodies exist on a date.
 *
 * <p>All types are immutable and thread-safe; methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.core.administration;

import org.kdk.core.style.KdkStyle;
