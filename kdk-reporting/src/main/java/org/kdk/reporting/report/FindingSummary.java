package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.kdk.rules.finding.Finding;

/** Bulgu özeti — the rule findings about a province in summary: counts and the first findings. */
@Value.Immutable
@JsonSerialize(as = ImmutableFindingSummary.class)
@JsonDeserialize(as = ImmutableFindingSummary.class)
public abstract class FindingSummary {
  FindingSummary() {}

  /** The profile the rules ran under. */
  public abstract String getProfile();

  /** Errors. */
  public abstract int getErrors();

  /** Warnings. */
  public abstract int getWarnings();

  /** Notes. */
  public abstract int getInfos();

  /** The most important findings, errors first, at most ten. */
  public abstract List<Finding> getTop();

  /** A builder. */
  public static ImmutableFindingSummary.Builder builder() {
    return ImmutableFindingSummary.builder();
  }
}
