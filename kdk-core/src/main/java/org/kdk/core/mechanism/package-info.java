/**
 * Local equality mechanisms: the coordination board, equality units and council equality commissions, with their members, meetings, decisions and status over time.
 *
 * <p>All types are immutable and thread-safe; methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.core.mechanism;

import org.kdk.core.style.KdkStyle;
