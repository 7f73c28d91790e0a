/**
 * The dataset: the root of a KDK document, holding any subset of the model, with lookups by id.
 *
 * <p>All types are immutable and thread-safe; methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.core.dataset;

import org.kdk.core.style.KdkStyle;
