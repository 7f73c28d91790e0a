/**
 * The KDK document format: reading and writing datasets as versioned JSON ({@link org.kdk.core.json.KdkJson}),
 * the Jackson module for your own mappers, the read limits and the one exception for unreadable documents.
 *
 * <p>Methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.core.json;

import org.kdk.core.style.KdkStyle;
