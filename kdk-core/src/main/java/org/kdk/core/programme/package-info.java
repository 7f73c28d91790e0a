/**
 * The Women Friendly Cities programme itself: its phases, objectives, expected results, activity areas and the commitment each province signed.
 *
 * <p>All types are immutable and thread-safe; methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.core.programme;

import org.kdk.core.style.KdkStyle;
