package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.kdk.reporting.progress.ProgressStatus;

/** Duruma göre sayı — how many indicators have a status. Immutable and thread-safe. */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableStatusCount.class)
@JsonDeserialize(as = ImmutableStatusCount.class)
public abstract class StatusCount {
  StatusCount() {}

  /** The status. */
  @Value.Parameter
  public abstract ProgressStatus getStatus();

  /** How many. */
  @Value.Parameter
  public abstract int getCount();

  /** A count. */
  public static StatusCount of(ProgressStatus status, int count) {
    return ImmutableStatusCount.of(status, count);
  }
}
