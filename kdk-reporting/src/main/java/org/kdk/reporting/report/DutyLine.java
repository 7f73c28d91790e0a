package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.kdk.core.value.Id;

/** Yükümlülük satırı — whether one municipality meets one legal duty. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableDutyLine.class)
@JsonDeserialize(as = ImmutableDutyLine.class)
public abstract class DutyLine {
  DutyLine() {}

  /** The municipality's id. */
  public abstract Id getMunicipalityId();

  /** Its name. */
  public abstract String getMunicipalityName();

  /** The duty. */
  public abstract Duty getDuty();

  /** Whether it is met. */
  public abstract DutyStatus getStatus();

  /** A builder. */
  public static ImmutableDutyLine.Builder builder() {
    return ImmutableDutyLine.builder();
  }
}
