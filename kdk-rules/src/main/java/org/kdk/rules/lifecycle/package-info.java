/**
 * The plan lifecycle with its guards: move a plan to a new state with {@link org.kdk.rules.lifecycle.PlanTransitions},
 * which refuses a step that breaks a guard with a {@link org.kdk.rules.lifecycle.TransitionRefusedException}.
 *
 * <p>Each guard (KDK-LIFE-001 … 008, {@link org.kdk.rules.lifecycle.TransitionGuard}) is written once and serves
 * twice: before a transition, and as a rule of the catalogue that replays the histories recorded in a dataset.
 * All types are immutable and thread-safe; methods reject {@code null} arguments.
 */
package org.kdk.rules.lifecycle;
