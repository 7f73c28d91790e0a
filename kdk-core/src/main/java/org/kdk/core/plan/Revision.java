package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.Id;

/**
 * Revizyon — a numbered revision of a plan after monitoring, with its reason and the decision that adopted it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRevision.class)
@JsonDeserialize(as = ImmutableRevision.class)
public abstract class Revision {

  Revision() {}

  /** The revision's number, from 1, unique within its plan. */
  @Min(1)
  public abstract int getNumber();

  /** The day the revision was made. */
  public abstract LocalDate getDate();

  /** Why the plan was revised. */
  @NotBlank
  @Size(max = 2000)
  public abstract String getReason();

  /** The decision that adopted the revision, where there is one. */
  public abstract Optional<Id> getDecisionId();

  /** A builder for a revision. */
  public static ImmutableRevision.Builder builder() {
    return ImmutableRevision.builder();
  }
}
