/**
 * People and head counts: the persons who sit on mechanisms, and counts of participants by sex.
 *
 * <p>A person carries only what their role needs — name, sex and, for holders of public office, the office —
 * because the SDK's reports name individuals only when they hold public office. All types are immutable and
 * thread-safe; methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.core.people;

import org.kdk.core.style.KdkStyle;
