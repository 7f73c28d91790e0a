/**
 * Profiles: named sets of rule settings — which rules run, at what severity, with which thresholds — such as
 * the phase-2 programme profile and the current-law profile.
 *
 * <p>All types are immutable and thread-safe; there is no global mutable state: a changed profile is a new
 * value. Methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.rules.profile;

import org.kdk.core.style.KdkStyle;
