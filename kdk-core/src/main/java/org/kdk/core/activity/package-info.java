/**
 * Programme activities: grant schemes and funded NGO projects, trainings, awareness events, neighbourhood women's organisations and legislative proposals.
 *
 * <p>All types are immutable and thread-safe; methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.core.activity;

import org.kdk.core.style.KdkStyle;
