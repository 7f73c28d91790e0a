/**
 * The Local Equality Action Plan (YEEP) and its upgrade to a Local Equality Strategic Plan (YESP): themes, problems, aims, targets, actions, budgets, consultations, approvals and the lifecycle.
 *
 * <p>All types are immutable and thread-safe; methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.core.plan;

import org.kdk.core.style.KdkStyle;
